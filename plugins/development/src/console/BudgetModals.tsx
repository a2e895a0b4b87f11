// Setting a person's conference budget for a year (hr), and recording a conference expense against
// it (the person, their managers, hr). Amounts are entered in major units and sent as minor units;
// the API's refusals (e.g. more than what remains) show on their fields.
import { PersonSelect } from '@cadre/sdk/console/kit';
import { formatMoney, type GraphQLErrorEntry, setFormErrors, toFormErrors, toMajorUnits, toMinorUnits, useCadre, useCadreMutation } from '@cadre/sdk/console';
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { RECORD_EXPENSE, SET_BUDGET } from './api.js';
import { useT } from './i18n.js';
import type { ConferenceBudget } from './types.js';

const CURRENCIES = ['CNY', 'USD', 'EUR', 'SGD', 'HKD'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A save refetches the budgets list, every year and page of it (the totals line changes too). */
const invalidates = [['DevelopmentBudgetsPage']] as const;

/** Shows the API's refusals: on the form's fields (the forms mirror the API's shape, `amount.amount`), the rest above. */
function useFormErrors(form: { setFields(fields: never[]): void }, fields: string[]) {
  const [other, setOther] = useState<string[]>([]);
  return {
    other,
    clear: () => setOther([]),
    show: (errors: readonly GraphQLErrorEntry[]) => {
      const { fields: byField, other: rest } = toFormErrors(errors, fields);
      setFormErrors(form, byField);
      setOther(rest);
    },
  };
}

interface BudgetValues { personId: string; amount: { amount: number; currency: string } }

export function SetBudgetModal({ year, budget, onClose, onSaved }: { year: number; budget: ConferenceBudget | null; onClose(): void; onSaved(b: ConferenceBudget): void }) {
  const t = useT();
  const [form] = Form.useForm<BudgetValues>();
  const errors = useFormErrors(form, ['personId', 'amount']);
  const set = useCadreMutation(SET_BUDGET, { invalidates });
  const currency = budget?.allocated?.currency ?? 'CNY';
  const submit = async (v: BudgetValues) => {
    errors.clear();
    const result = await set.mutate({ personId: budget?.person.id ?? v.personId, year, amount: { amount: toMinorUnits(v.amount.amount, v.amount.currency), currency: v.amount.currency } });
    if (result.data) return onSaved(result.data.setConferenceBudget);
    errors.show(result.errors);
  };
  return (
    <Modal open title={t('development.budgets.setTitle', { year })} onCancel={onClose} onOk={() => form.submit()} okText={t('development.save')} cancelText={t('development.cancel')}
      confirmLoading={set.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'budget-form-ok' }}>
      {errors.other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errors.other.join('; ')} data-testid="budget-form-error" />}
      <Form<BudgetValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="budget-form"
        initialValues={{ amount: { amount: budget?.allocated ? toMajorUnits(budget.allocated.amount, currency) : undefined, currency } }}>
        {budget ? (
          <Form.Item label={t('development.budgets.person')}><Input disabled value={budget.person.name} /></Form.Item>
        ) : (
          <Form.Item name="personId" label={t('development.budgets.person')} rules={[{ required: true, message: t('development.required') }]}><PersonSelect /></Form.Item>
        )}
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name={['amount', 'amount']} label={t('development.budgets.amount')} rules={[{ required: true, message: t('development.required') }]}>
              <InputNumber min={0} step={1000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}><Form.Item name={['amount', 'currency']} label={t('development.budgets.currency')}><Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  );
}

interface ExpenseValues { conference: string; date: string; amount: { amount: number }; note?: string }

export function ExpenseModal({ budget, onClose, onSaved }: { budget: ConferenceBudget; onClose(): void; onSaved(b: ConferenceBudget): void }) {
  const t = useT();
  const { locale } = useCadre();
  const [form] = Form.useForm<ExpenseValues>();
  const errors = useFormErrors(form, ['conference', 'date', 'amount', 'note']);
  const record = useCadreMutation(RECORD_EXPENSE, { invalidates });
  const { person } = budget;
  const currency = budget.allocated?.currency ?? budget.remaining.currency;
  const submit = async (v: ExpenseValues) => {
    errors.clear();
    const result = await record.mutate({ input: { personId: person.id, conference: v.conference, date: v.date, amount: { amount: toMinorUnits(v.amount.amount, currency), currency }, note: v.note ?? '' } });
    if (result.data) return onSaved(result.data.recordConferenceExpense);
    errors.show(result.errors);
  };
  return (
    <Modal open title={t('development.budgets.recordTitle', { name: person.name })} onCancel={onClose} onOk={() => form.submit()} okText={t('development.save')} cancelText={t('development.cancel')}
      confirmLoading={record.isPending} destroyOnHidden okButtonProps={{ 'data-testid': 'expense-form-ok' }}>
      {errors.other.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errors.other.join('; ')} data-testid="expense-form-error" />}
      <Form<ExpenseValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="expense-form" initialValues={{ date: `${budget.year}-` }}>
        <Form.Item name="conference" label={t('development.budgets.conference')} rules={[{ required: true, whitespace: true, message: t('development.required') }]}><Input maxLength={200} /></Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="date" label={t('development.budgets.date')} extra={t('development.budgets.dateHint')} rules={[{ pattern: DATE, message: t('development.courseForm.dateFormat') }, { required: true, message: t('development.required') }]}>
              <Input placeholder="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['amount', 'amount']} label={`${t('development.budgets.amount')} (${currency})`} extra={`${t('development.budgets.remaining')}: ${formatMoney(budget.remaining.amount, budget.remaining.currency, locale)}`}
              rules={[{ required: true, message: t('development.required') }]}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('development.budgets.note')}><Input maxLength={300} /></Form.Item>
      </Form>
    </Modal>
  );
}
