import { useCadreQuery } from '@cadre/sdk/console';
import { Select } from 'antd';
import { useDeferredValue, useState, type CSSProperties } from 'react';
import { PEOPLE_OPTIONS } from './api.js';
import type { PersonOption } from './types.js';

/**
 * A searchable picker over the active people of the directory. `current` names the person
 * already chosen, so that an edit form shows their name before anyone searches.
 */
export function PersonSelect({ value, onChange, id, placeholder, style, current, testId }: {
  value?: string | null; onChange?: (value: string | null) => void; id?: string; placeholder?: string; style?: CSSProperties;
  current?: PersonOption | null; testId?: string;
}) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data, isLoading } = useCadreQuery(PEOPLE_OPTIONS, { search: deferred || null });
  const people = data?.people.nodes ?? [];
  const all = current && !people.some((p) => p.id === current.id) ? [current, ...people] : people;
  return (
    <Select
      id={id}
      data-testid={testId}
      style={style}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={isLoading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={all.map((p) => ({ value: p.id, label: `${p.name} · ${p.title}` }))}
    />
  );
}
