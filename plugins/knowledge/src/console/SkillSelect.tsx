import { useCadreQuery } from '@cadre/sdk/console';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { SKILL_TAGS } from './api.js';

/** Skills of the taxonomy (with how many visible items carry each), one or several. */
export function SkillSelect({ value, onChange, multiple, id, placeholder, style, showCounts = true }: {
  value?: string | string[] | null; onChange?: (value: any) => void; multiple?: boolean; id?: string; placeholder?: string; style?: CSSProperties; showCounts?: boolean;
}) {
  const { data, isLoading } = useCadreQuery(SKILL_TAGS, { query: null });
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const s of data?.knowledgeSkillTags ?? []) groups.set(s.categoryName, [...(groups.get(s.categoryName) ?? []), { value: s.id, label: showCounts ? `${s.name} (${s.items})` : s.name }]);
  return (
    <Select
      id={id}
      aria-label={placeholder}
      mode={multiple ? 'multiple' : undefined}
      style={style}
      placeholder={placeholder}
      allowClear
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(v) => onChange?.(v ?? (multiple ? [] : null))}
      options={[...groups].sort(([a], [b]) => a.localeCompare(b)).map(([label, options]) => ({ label, options: options.sort((a, b) => a.label.localeCompare(b.label)) }))}
    />
  );
}
