import { fieldProblems, isHidden, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { PageLoading } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useClient } from '../api/useClient';
import { Money } from '../components/SensitiveValue';
import { StatusTag } from '../components/StatusTag';
import { graphql } from '../gql';

const MyProfileDocument = graphql(`
  query MyProfile {
    me {
      account { id email }
      roles
      tenant { id slug name }
      person { id name email title level track status location hireDate compensation { base currency } manager { id name } }
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** "My profile": what the organisation holds about me (my own pay included) and my password. */
export default function ProfilePage() {
  const { t, can } = useCadre();
  const { client } = useClient();
  const { message } = App.useApp();
  const { data, errors, error, isLoading } = useCadreQuery(MyProfileDocument, {});
  const change = useCadreMutation(ChangePasswordDocument, { invalidates: [] });
  const [form] = Form.useForm<PasswordValues>();

  if (isLoading) return <PageLoading />;
  if (error || !data) return <Alert type="error" showIcon title={error?.message ?? t('common.error')} />;
  const { me } = data;
  const person = me.person;

  const submit = async (values: PasswordValues) => {
    const result = await change.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (result.data?.changePassword) {
      // Changing the password revokes every refresh token: sign in again so this tab stays signed in.
      await client.login(me.account.email, values.newPassword, me.tenant.slug);
      form.resetFields();
      void message.success(t('profile.passwordChanged'));
      return;
    }
    const problems = fieldProblems(result.errors, '');
    if (problems.length) form.setFields(problems.map((p) => ({ name: p.field as keyof PasswordValues, errors: [p.message] })));
    else void message.error(result.errors[0]?.message ?? t('common.error'));
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={person?.name ?? me.account.email} extra={person && can('people.read') && <Link to={`/people/${person.id}`}>{t('common.details')} →</Link>}>
          <Descriptions column={1} bordered size="middle" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('profile.account')}>{me.account.email}</Descriptions.Item>
            <Descriptions.Item label={t('profile.tenant')}>{me.tenant.name} ({me.tenant.slug})</Descriptions.Item>
            <Descriptions.Item label={t('profile.roles')}><Space wrap>{me.roles.map((r) => <Tag key={r} color="blue">{r}</Tag>)}</Space></Descriptions.Item>
          </Descriptions>
          {person ? (
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
              <Descriptions.Item label={t('people.title')}>{person.title || t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('people.level')}>{person.level || t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('people.track')}>{t(`people.track.${person.track}`)}</Descriptions.Item>
              <Descriptions.Item label={t('people.status')}><StatusTag status={person.status} /></Descriptions.Item>
              <Descriptions.Item label={t('people.location')}>{person.location || t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('people.hireDate')}>{person.hireDate ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('people.manager')}>{person.manager?.name ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('people.compensation')}>
                <Money value={person.compensation} hidden={isHidden(errors, ['me', 'person', 'compensation'])} />
              </Descriptions.Item>
            </Descriptions>
          ) : <Empty description={t('profile.noPerson')} />}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('profile.apiTokens')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
          <Link to="/profile/tokens" data-testid="profile-tokens-link">{t('common.details')} →</Link>
        </Card>
        <Card title={t('profile.changePassword')}>
          <Form<PasswordValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
            <Form.Item name="currentPassword" label={t('profile.currentPassword')} rules={[{ required: true, message: t('auth.required') }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item name="newPassword" label={t('profile.newPassword')} rules={[{ required: true, message: t('auth.required') }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="confirm" label={t('profile.confirmPassword')} dependencies={['newPassword']}
              rules={[{ required: true, message: t('auth.required') }, ({ getFieldValue }) => ({
                validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('profile.passwordMismatch')))),
              })]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={change.isPending}>{t('common.save')}</Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
