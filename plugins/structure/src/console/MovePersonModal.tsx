// Moving a person into a unit, or out of every unit (structure.org.write): assignPersonToUnit, which
// goes through the core (audited, PersonUpdated). From a unit's member list: move this person
// elsewhere, or bring someone into this unit. The API's refusals show on their fields.
import { setFormErrors, toFormErrors, useCadreMutation } from '@cadre/sdk/console';
import { PersonSelect } from '@cadre/sdk/console/kit';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ASSIGN_PERSON_TO_UNIT, ORG_QUERIES } from './api.js';
import { useT } from './i18n.js';
import type { OrgPerson, OrgUnit } from './types.js';
import { UnitSelect } from './UnitSelect.js';

interface Values { personId?: string | null; unitId?: string | null }

/** The person's page and the people directory show their unit too. */
const invalidates = [...ORG_QUERIES, ['Person'], ['PeopleList'], ['PeopleCursor']];

export function MovePersonModal({ person, unitId, units, onClose, onSaved }: {
  /** Who moves; null: pick someone (to bring them into `unitId`). */
  person: OrgPerson | null;
  /** The unit the form starts with. */
  unitId: string | null;
  units: readonly OrgUnit[];
  onClose(): void;
  onSaved(person: OrgPerson): void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const assign = useCadreMutation(ASSIGN_PERSON_TO_UNIT, { invalidates });

  const submit = async (v: Values) => {
    setOther([]);
    const result = await assign.mutate({ personId: person?.id ?? v.personId!, unitId: v.unitId ?? null });
    if (result.data) return onSaved(result.data.assignPersonToUnit);
    // The mutation's arguments are personId and unitId themselves (no input object).
    const { fields, other: rest } = toFormErrors(result.errors, ['personId', 'unitId']);
    setFormErrors(form, fields);
    setOther(rest);
  };

  return (
    <Modal open title={person ? t('structure.member.moveTitle', { name: person.name }) : t('structure.member.addTitle')} onCancel={onClose} onOk={() => form.submit()}
      okText={t('structure.save')} cancelText={t('structure.cancel')} confirmLoading={assign.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'member-form-ok' }}>
      {other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={other.join('; ')} data-testid="member-form-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={{ personId: person?.id ?? null, unitId }} onFinish={(v) => void submit(v)} data-testid="member-form">
        {person ? (
          <Form.Item label={t('structure.member.person')}><Input disabled value={person.name} /></Form.Item>
        ) : (
          <Form.Item name="personId" label={t('structure.member.person')} rules={[{ required: true, message: t('structure.required') }]}>
            <PersonSelect testId="member-person" />
          </Form.Item>
        )}
        <Form.Item name="unitId" label={t('structure.member.unit')} extra={t('structure.member.unitHint')}>
          <UnitSelect units={units} value={undefined} onChange={() => undefined} placeholder={t('structure.member.noUnit')} style={{ width: '100%' }} testId="member-unit" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
