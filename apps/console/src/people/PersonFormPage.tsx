import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { Page, PageLoading } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CreatePersonDocument, PersonDocument, UpdatePersonDocument } from './documents';
import { ManagerSelect } from './ManagerSelect';
import { CURRENCIES, toFieldErrors, toFormValues, toInput, type PersonFormValues } from './person-form';

const FIELDS = ['name', 'email', 'title', 'level', 'track', 'status', 'location', 'hireDate', 'leaveDate', 'departure', 'departure.type', 'departure.regretted', 'departure.reason', 'managerId', 'compensation.base', 'compensation.currency', 'compensation'];

/** Create (/people/new) or edit (/people/:id/edit) a person; the API's messages land on their fields. */
export default function PersonFormPage() {
  const { id } = useParams();
  const { t, can } = useCadre();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PersonFormValues>();
  const [other, setOther] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const existing = useCadreQuery(PersonDocument, { id: id ?? '' }, { enabled: !!id });
  const create = useCadreMutation(CreatePersonDocument);
  const update = useCadreMutation(UpdatePersonDocument);
  const person = existing.data?.person;
  const payVisible = !id || !!person?.compensation || !existing.errors.some((e) => e.path?.at(-1) === 'compensation');
  const withCompensation = can('people.compensation.write') && payVisible;
  const departureVisible = !id || !existing.errors.some((e) => e.path?.at(-1) === 'departure');
  const withDeparture = can('people.departures.write') && departureVisible;
  const status = Form.useWatch('status', form);
  const leaveDate = Form.useWatch('leaveDate', form);
  const leaving = status === 'terminated' || !!leaveDate;

  useEffect(() => {
    if (person) form.setFieldsValue(toFormValues(person));
  }, [person, form]);

  if (id && existing.isLoading) return <PageLoading />;
  if (id && existing.error) return <Alert type="error" showIcon title={existing.error.message} />;

  const submit = async (values: PersonFormValues) => {
    setOther([]);
    const input = toInput(values, { compensation: withCompensation, departure: withDeparture });
    const result = id
      ? await update.mutate({ id, input: { ...input, expectedUpdatedAt: values.expectedUpdatedAt ?? null } })
      : await create.mutate({ input: { ...input, name: input.name!, email: input.email! } });
    const saved = result.data && ('updatePerson' in result.data ? result.data.updatePerson : result.data.createPerson);
    if (saved) {
      void message.success(t(id ? 'people.updated' : 'people.created', { name: saved.name }));
      void navigate(`/people/${saved.id}`);
      return;
    }
    // Someone saved this person after the form was filled: offer their version.
    setStale(result.errors.some((e) => e.extensions?.field === 'input.expectedUpdatedAt'));
    const { fields, other: rest } = toFieldErrors(result.errors, FIELDS);
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    const unplaced = [...rest, ...(fields.length || rest.length ? [] : result.errors.map((e) => e.message))];
    setOther(unplaced);
    if (fields.length) void message.error(t('people.fixErrors'));
  };

  const option = (kind: 'status' | 'track', v: string) => ({ value: v, label: t(`people.${kind}.${v}`) });

  return (
    <Page title={t(id ? 'page.personEdit' : 'page.personNew')}>
      {other.length > 0 && (
        <Alert type="error" showIcon title={other.join('; ')} style={{ marginBottom: 16 }} role="alert"
          // Someone saved this person after the form was filled: load their version (the form shows it), then edit again.
          action={stale && <Button onClick={() => { setOther([]); setStale(false); void existing.refetch(); }} data-testid="reload-person">{t('people.reload')}</Button>} />
      )}
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        initialValues={{ track: 'ic', status: 'active', compensation: { currency: 'CNY' } }}
        onFinish={(v) => void submit(v)}
        style={{ maxWidth: 880 }}
      >
        <Form.Item name="expectedUpdatedAt" hidden><Input /></Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('people.name')} rules={[{ required: true, whitespace: true, message: t('auth.required') }]}><Input /></Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('people.email')} rules={[{ required: true, whitespace: true, message: t('auth.required') }]}><Input /></Form.Item>
          </Col>
          <Col xs={24} md={12}><Form.Item name="title" label={t('people.title')}><Input /></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="level" label={t('people.level')}><Input placeholder="P5" /></Form.Item></Col>
          <Col xs={12} md={6}>
            <Form.Item name="track" label={t('people.track')}><Select options={['ic', 'management'].map((v) => option('track', v))} /></Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="status" label={t('people.status')}><Select options={['active', 'leave', 'terminated'].map((v) => option('status', v))} /></Form.Item>
          </Col>
          <Col xs={12} md={6}><Form.Item name="location" label={t('people.location')}><Input /></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="hireDate" label={t('people.hireDate')}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} md={6}>
            <Form.Item name="leaveDate" label={t('people.leaveDate')} extra={status === 'terminated' && !leaveDate ? t('people.leaveDateToday') : undefined}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="managerId" label={t('people.manager')}><ManagerSelect initial={person?.manager ?? null} exclude={id} /></Form.Item>
          </Col>
          {withDeparture && leaving && (
            <>
              <Col xs={12} md={6}>
                <Form.Item name={['departure', 'type']} label={t('people.leaveType')}>
                  <Select allowClear options={['voluntary', 'involuntary'].map((v) => ({ value: v, label: t(`people.leaveType.${v}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name={['departure', 'regretted']} label={t('people.regretted')} valuePropName="checked"><Switch /></Form.Item>
              </Col>
              <Col xs={24} md={12}><Form.Item name={['departure', 'reason']} label={t('people.leaveReason')}><Input maxLength={500} /></Form.Item></Col>
            </>
          )}
          {withCompensation && (
            <>
              <Col xs={16} md={12}>
                <Form.Item name={['compensation', 'base']} label={t('people.base')}>
                  <InputNumber style={{ width: '100%' }} min={0} precision={2} />
                </Form.Item>
              </Col>
              <Col xs={8} md={6}>
                <Form.Item name={['compensation', 'currency']} label={t('people.currency')}>
                  <Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>{t(id ? 'common.save' : 'common.create')}</Button>
          <Button onClick={() => void navigate(id ? `/people/${id}` : '/people')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Page>
  );
}
