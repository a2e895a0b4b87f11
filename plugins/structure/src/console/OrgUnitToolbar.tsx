// The org page's write actions for holders of structure.org.write (the API's rule for creating,
// editing, moving and deleting units and for moving people): pick a unit, then edit it (name,
// kind, lead), move it, delete it (after a confirm; the API refuses a unit that still has
// sub-units, members or projects, and that refusal stays shown), or see and move its members.
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation } from '@cadre/sdk/console';
import { errorText } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { DELETE_ORG_UNIT, ORG_QUERIES } from './api.js';
import { useT } from './i18n.js';
import { OrgUnitFormModal, type UnitFormMode } from './OrgUnitFormModal.js';
import type { OrgUnit } from './types.js';
import { UnitMembersPanel } from './UnitMembersPanel.js';
import { UnitSelect } from './UnitSelect.js';

export function OrgUnitToolbar({ units }: { units: readonly OrgUnit[] }) {
  const { can } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<UnitFormMode | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const remove = useCadreMutation(DELETE_ORG_UNIT, { invalidates: ORG_QUERIES });
  if (!can('structure.org.write')) return null;
  const selected = units.find((u) => u.id === selectedId) ?? null;
  const select = (id: string | null) => { setSelectedId(id); setRefusal(null); };

  const deleteSelected = async () => {
    if (!selected) return;
    const result = await remove.mutate({ id: selected.id });
    if (result.data?.deleteOrgUnit) {
      select(null);
      void message.success(t('structure.unit.deleted', { name: selected.name }));
    } else {
      setRefusal(errorText(result.errors) || t('structure.unit.deleteFailed'));
    }
  };

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="org-unit-toolbar">
        <UnitSelect units={units} value={selectedId} onChange={select} placeholder={t('structure.unit.pick')} testId="unit-pick" />
        <Button icon={<EditOutlined />} disabled={!selected} onClick={() => selected && setMode({ kind: 'edit', unit: selected })} data-testid="unit-edit">{t('structure.unit.edit')}</Button>
        <Button icon={<DragOutlined />} disabled={!selected} onClick={() => selected && setMode({ kind: 'move', unit: selected })} data-testid="unit-move">{t('structure.unit.move')}</Button>
        <Popconfirm
          title={t('structure.unit.deleteConfirm', { name: selected?.name ?? '' })}
          description={t('structure.unit.deleteRule')}
          okText={t('structure.unit.delete')}
          cancelText={t('structure.cancel')}
          okButtonProps={{ danger: true, loading: remove.isPending, 'data-testid': 'unit-delete-ok' }}
          onConfirm={deleteSelected}
          disabled={!selected}
        >
          <Button danger icon={<DeleteOutlined />} disabled={!selected} data-testid="unit-delete">{t('structure.unit.delete')}</Button>
        </Popconfirm>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setMode({ kind: 'create', parentId: selectedId })} data-testid="unit-new">{t('structure.unit.new')}</Button>
        <OrgUnitFormModal
          mode={mode}
          units={units}
          onClose={() => setMode(null)}
          onSaved={(unit) => { setMode(null); select(unit.id); void message.success(t('structure.saved')); }}
        />
      </Flex>
      {refusal && <Alert type="error" showIcon closable={{ onClose: () => setRefusal(null) }} role="alert" style={{ marginBottom: 12 }} title={refusal} data-testid="unit-delete-error" />}
      {selected && <UnitMembersPanel key={selected.id} unit={selected} units={units} />}
    </>
  );
}
