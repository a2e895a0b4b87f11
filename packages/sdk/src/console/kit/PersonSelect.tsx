import { Select } from 'antd';
import { useDeferredValue, useState, type CSSProperties } from 'react';
import { useCadreQuery } from '../context.js';
import type { TypedDocument } from '../graphql.js';

/** A person as a picker shows them: `name · title`. */
export interface PersonOption {
  id: string;
  name: string;
  title?: string | null;
}

// Searched on the server (a directory has thousands of people); the active ones only.
const PEOPLE_OPTIONS = `query CadrePeopleOptions($search: String) { people(filter: { search: $search, status: "active" }, first: 20) { nodes { id name title } } }` as TypedDocument<
  { people: { nodes: PersonOption[] } },
  { search: string | null }
>;

interface Props<V> {
  value?: V;
  onChange?: (value: V) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
  /** People whose names are known already (the current value of an edit form), so their labels show before any search. */
  known?: readonly PersonOption[];
}

const label = (p: PersonOption) => (p.title ? `${p.name} · ${p.title}` : p.name);

function usePeopleOptions(known: readonly PersonOption[] = []) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data, isLoading } = useCadreQuery(PEOPLE_OPTIONS, { search: deferred || null });
  // Who was chosen stays labelled after the search moves on.
  const [seen, setSeen] = useState(() => new Map(known.map((p) => [p.id, p])));
  const found = data?.people.nodes ?? [];
  const all = new Map([...known.map((p) => [p.id, p] as const), ...seen]);
  for (const p of found) all.set(p.id, p);
  const remember = (ids: string[]) => setSeen(new Map([...seen, ...ids.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : []))]));
  const options = [...new Map([...found, ...known, ...seen.values()].map((p) => [p.id, p])).values()].map((p) => ({ value: p.id, label: label(p) }));
  return { setSearch, isLoading, options, remember };
}

/** One person from the directory, searchable. */
export function PersonSelect({ value, onChange, id, placeholder, style, testId, known }: Props<string | null>) {
  const o = usePeopleOptions(known);
  return (
    <Select id={id} aria-label={id ? undefined : placeholder} data-testid={testId} style={style} placeholder={placeholder} allowClear showSearch={{ filterOption: false, onSearch: o.setSearch }} loading={o.isLoading}
      value={value ?? undefined} onChange={(v) => { if (v) o.remember([v]); onChange?.(v ?? null); }} options={o.options} />
  );
}

/** Several people from the directory, searchable. */
export function PeopleSelect({ value, onChange, id, placeholder, style, testId, known }: Props<string[]>) {
  const o = usePeopleOptions(known);
  return (
    <Select mode="multiple" id={id} data-testid={testId} style={style} placeholder={placeholder} allowClear showSearch={{ filterOption: false, onSearch: o.setSearch }} loading={o.isLoading}
      value={value ?? []} onChange={(v: string[]) => { o.remember(v); onChange?.(v); }} options={o.options} />
  );
}
