import { useCadreQuery } from '@cadre/sdk/console';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { PEOPLE_OPTIONS } from './api.js';

/** A searchable picker over the people directory; `current` names the person already chosen (an edit form). */
export function PersonSelect({ value, onChange, id, current }: { value?: string | null; onChange?: (value: string | null) => void; id?: string; current?: { id: string; name: string } | null }) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data, isLoading } = useCadreQuery(PEOPLE_OPTIONS, { search: deferred || null });
  const people: Array<{ id: string; name: string; title?: string }> = data?.people.nodes ?? [];
  const all: Array<{ id: string; name: string; title?: string }> = current && !people.some((p) => p.id === current.id) ? [current, ...people] : people;
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={isLoading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={all.map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }))}
    />
  );
}
