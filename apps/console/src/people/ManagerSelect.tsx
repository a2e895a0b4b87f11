import { useCadreQuery } from '@cadre/sdk/console';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { PeopleOptionsDocument } from './documents';

interface Props {
  /** Set by Form.Item, so its label names this field. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  initial: { id: string; name: string } | null;
  /** The person being edited (nobody manages themself). */
  exclude?: string;
}

/** Searchable person picker backed by the directory search. */
export function ManagerSelect({ id, value, onChange, initial, exclude }: Props) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const { data, isLoading } = useCadreQuery(PeopleOptionsDocument, { search: deferred || null });
  const options = (data?.people.nodes ?? []).filter((p) => p.id !== exclude).map((p) => ({ value: p.id, label: `${p.name} <${p.email}>` }));
  if (initial && !options.some((o) => o.value === initial.id)) options.unshift({ value: initial.id, label: initial.name });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={isLoading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
    />
  );
}
