import { Select } from 'antd';
import type { CSSProperties } from 'react';

interface UnitOption { id: string; name: string; depth: number }

/** A unit picker that shows the tree by indentation in the list (the chosen value shows the name only). */
export function UnitSelect({ units, value, onChange, placeholder, allowClear = true, style, loading, extra = [], testId, id }: {
  units: readonly UnitOption[];
  value: string | null | undefined;
  onChange(value: string | null): void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  loading?: boolean;
  /** Options before the units (e.g. "whole organisation"). */
  extra?: Array<{ value: string; label: string }>;
  testId?: string;
  /** Set by a Form.Item, so that its label names this picker. */
  id?: string;
}) {
  const min = Math.min(0, ...units.map((u) => u.depth));
  return (
    <Select
      id={id}
      aria-label={id ? undefined : placeholder}
      data-testid={testId}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={loading}
      style={{ width: 260, ...style }}
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      showSearch={{ optionFilterProp: 'label' }}
      options={[...extra.map((o) => ({ ...o, depth: min })), ...units.map((u) => ({ value: u.id, label: u.name, depth: u.depth }))]}
      optionRender={(o) => <span style={{ paddingLeft: ((o.data.depth as number) - min) * 14 }}>{o.label}</span>}
    />
  );
}
