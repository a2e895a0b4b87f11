import { useCadreQuery } from '@cadre/sdk/console';
import { Select } from 'antd';
import { useDeferredValue, useState, type CSSProperties } from 'react';
import { PEOPLE_OPTIONS } from './api.js';

/** A searchable picker over the directory's active people (searched on the server: the directory is large). */
export function PersonSelect({ value, onChange, id, placeholder, style }: {
  value?: string | null; onChange?: (value: string | null) => void; id?: string; placeholder?: string; style?: CSSProperties;
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
      options={(data?.people.nodes ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.title}` }))}
    />
  );
}
