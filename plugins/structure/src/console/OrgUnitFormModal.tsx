// Creating, editing (name, kind, description, lead) and moving an org unit: three small forms in
// one modal, each one mutation, so a move never half-applies with an edit.
import { PersonSelect } from '@cadre/sdk/console/kit';
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { CREATE_ORG_UNIT, MOVE_ORG_UNIT, UPDATE_ORG_UNIT } from './api.js';
import { useT } from './i18n.js';
import type { OrgUnit, OrgUnitKind } from './types.js';
import { UnitSelect } from './UnitSelect.js';

export type UnitFormMode = { kind: 'create'; parentId: string | null } | { kind: 'edit'; unit: OrgUnit } | { kind: 'move'; unit: OrgUnit };

interface Values {
  name?: string; kind?: OrgUnitKind; description?: string; leadId?: string | null; parentId?: string | null;
  /** The version the edit form was filled from: a save over someone else's change is refused (CONFLICT). */
  expectedUpdatedAt?: string;
}

const KINDS: OrgUnitKind[] = ['LEADERSHIP', 'TECHNICAL', 'PRODUCT', 'OPERATIONS'];
const FIELDS = ['name', 'kind', 'description', 'leadId', 'parentId'];

/** Units a unit may move under: not itself and none of its descendants (that would make a loop). */
function allowedParents(units: readonly OrgUnit[], moving: OrgUnit | null): OrgUnit[] {
  if (!moving) return [...units];
  return units.filter((u) => u.id !== moving.id && !u.path.includes(moving.id));
}

export function OrgUnitFormModal({ mode, units, onClose, onSaved }: { mode: UnitFormMode | null; units: readonly OrgUnit[]; onClose(): void; onSaved(unit: OrgUnit): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const create = useCadreMutation(CREATE_ORG_UNIT);
  const update = useCadreMutation(UPDATE_ORG_UNIT);
  const move = useCadreMutation(MOVE_ORG_UNIT);
  if (!mode) return null;
  const unit = mode.kind === 'create' ? null : mode.unit;

  const initial: Values = mode.kind === 'create'
    ? { kind: 'TECHNICAL', parentId: mode.parentId }
    : { name: mode.unit.name, kind: mode.unit.kind, description: mode.unit.description ?? '', leadId: mode.unit.lead?.id ?? null, parentId: mode.unit.parentId, expectedUpdatedAt: mode.unit.updatedAt };

  const submit = async (v: Values) => {
    setOther([]);
    const result = mode.kind === 'create'
      ? await create.mutate({ input: { name: v.name!, kind: v.kind!, description: v.description || null, leadId: v.leadId ?? null, parentId: v.parentId ?? null } })
      : mode.kind === 'edit'
        ? await update.mutate({ id: mode.unit.id, input: { name: v.name!, kind: v.kind!, description: v.description ?? '', leadId: v.leadId ?? null, expectedUpdatedAt: v.expectedUpdatedAt ?? null } })
        : await move.mutate({ id: mode.unit.id, parentId: v.parentId ?? null });
    const saved = result.data && ('createOrgUnit' in result.data ? result.data.createOrgUnit : 'updateOrgUnit' in result.data ? result.data.updateOrgUnit : result.data.moveOrgUnit);
    if (saved) {
      onSaved(saved);
      return;
    }
    // moveOrgUnit's problems are on its own arguments (parentId), not under input.
    const { fields, other: rest } = toFormErrors(result.errors, FIELDS);
    setFormErrors(form, fields);
    setOther(rest);
  };

  const title = mode.kind === 'create' ? t('structure.unit.new') : mode.kind === 'edit' ? t('structure.unit.editTitle', { name: mode.unit.name }) : t('structure.unit.moveTitle', { name: mode.unit.name });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={t(mode.kind === 'create' ? 'structure.create' : 'structure.save')} cancelText={t('structure.cancel')}
      confirmLoading={create.isPending || update.isPending || move.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'unit-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="unit-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} data-testid="unit-form">
        {mode.kind === 'edit' && <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>}
        {mode.kind !== 'move' && (
          <>
            <Form.Item name="name" label={t('structure.unit.name')} rules={[{ required: true, whitespace: true, message: t('structure.required') }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="kind" label={t('structure.unit.kind')} rules={[{ required: true, message: t('structure.required') }]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`structure.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="leadId" label={t('structure.org.lead')} extra={t('structure.unit.leadHint')}>
              <PersonSelect known={unit?.lead ? [unit.lead] : []} testId="unit-lead" />
            </Form.Item>
            <Form.Item name="description" label={t('structure.unit.description')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {mode.kind !== 'edit' && (
          <Form.Item name="parentId" label={t('structure.unit.parent')} extra={t('structure.unit.parentHint')}>
            <UnitSelect units={allowedParents(units, unit)} value={undefined} onChange={() => undefined} placeholder={t('structure.unit.topLevel')} style={{ width: '100%' }} testId="unit-parent" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
