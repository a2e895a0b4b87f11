// The org page's write actions for holders of structure.org.write (the API's rule for creating,
// editing and moving units): pick a unit, then edit it (name, kind, lead) or move it; or add one.
import { DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useCadre } from '@cadre/sdk/console';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useT } from './i18n.js';
import { OrgUnitFormModal, type UnitFormMode } from './OrgUnitFormModal.js';
import type { OrgUnit } from './types.js';
import { UnitSelect } from './UnitSelect.js';

export function OrgUnitToolbar({ units }: { units: readonly OrgUnit[] }) {
  const { can } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<UnitFormMode | null>(null);
  if (!can('structure.org.write')) return null;
  const selected = units.find((u) => u.id === selectedId) ?? null;

  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="org-unit-toolbar">
      <UnitSelect units={units} value={selectedId} onChange={setSelectedId} placeholder={t('structure.unit.pick')} testId="unit-pick" />
      <Button icon={<EditOutlined />} disabled={!selected} onClick={() => selected && setMode({ kind: 'edit', unit: selected })} data-testid="unit-edit">{t('structure.unit.edit')}</Button>
      <Button icon={<DragOutlined />} disabled={!selected} onClick={() => selected && setMode({ kind: 'move', unit: selected })} data-testid="unit-move">{t('structure.unit.move')}</Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setMode({ kind: 'create', parentId: selectedId })} data-testid="unit-new">{t('structure.unit.new')}</Button>
      <OrgUnitFormModal
        mode={mode}
        units={units}
        onClose={() => setMode(null)}
        onSaved={(unit) => { setMode(null); setSelectedId(unit.id); void message.success(t('structure.saved')); }}
      />
    </Flex>
  );
}
