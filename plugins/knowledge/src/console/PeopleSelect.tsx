import { useCadreQuery } from '@cadre/sdk/console';
import { Select } from 'antd';
import { useDeferredValue, useState, type CSSProperties } from 'react';
import { PEOPLE_OPTIONS } from './api.js';
import type { KnowledgePerson } from './types.js';

interface Props<V> {
  value?: V;
  onChange?: (value: V) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
  /** People whose names are known already (the current value), so their labels show before any search. */
  known?: readonly KnowledgePerson[];
}

function usePeopleOptions(known: readonly KnowledgePerson[] = []) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data, isLoading } = useCadreQuery(PEOPLE_OPTIONS, { search: deferred || null });
  const [seen, setSeen] = useState(() => new Map(known.map((p) => [p.id, p])));
  const found = data?.people.nodes ?? [];
  const all = new Map(seen);
  for (const p of found) all.set(p.id, p);
  const remember = (ids: string[]) => setSeen(new Map([...seen, ...ids.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : []))]));
  const options = [...new Map([...found, ...seen.values()].map((p) => [p.id, p])).values()].map((p) => ({ value: p.id, label: `${p.name} · ${p.title}` }));
  return { setSearch, isLoading, options, remember };
}

/** One person from the directory, searchable. */
export function PersonSelect({ value, onChange, id, placeholder, style, known }: Props<string | null>) {
  const o = usePeopleOptions(known);
  return (
    <Select id={id} style={style} placeholder={placeholder} allowClear showSearch={{ filterOption: false, onSearch: o.setSearch }} loading={o.isLoading}
      value={value ?? undefined} onChange={(v) => { if (v) o.remember([v]); onChange?.(v ?? null); }} options={o.options} />
  );
}

/** Several people from the directory, searchable. */
export function PeopleSelect({ value, onChange, id, placeholder, style, known }: Props<string[]>) {
  const o = usePeopleOptions(known);
  return (
    <Select mode="multiple" id={id} style={style} placeholder={placeholder} allowClear showSearch={{ filterOption: false, onSearch: o.setSearch }} loading={o.isLoading}
      value={value ?? []} onChange={(v: string[]) => { o.remember(v); onChange?.(v); }} options={o.options} />
  );
}
