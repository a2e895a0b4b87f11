import { useCadreQuery } from '@cadre/sdk/console';
import { Select } from 'antd';
import { useDeferredValue, useState, type CSSProperties } from 'react';
import { PEOPLE_OPTIONS } from './api.js';

/** A searchable picker over the active people of the directory. */
export function PersonSelect({ value, onChange, id, placeholder, style, known = [] }: {
  value?: string | null; onChange?: (value: string | null) => void; id?: string; placeholder?: string; style?: CSSProperties;
  /** People whose names are known already (e.g. the current value), so their labels show before any search. */
  known?: ReadonlyArray<{ id: string; name: string; title: string }>;
}) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data, isLoading } = useCadreQuery(PEOPLE_OPTIONS, { search: deferred || null });
  return (
    <Select
      id={id}
      style={style}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={isLoading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={[...new Map([...known, ...(data?.people.nodes ?? [])].map((p) => [p.id, p])).values()].map((p) => ({ value: p.id, label: `${p.name} · ${p.title}` }))}
    />
  );
}
