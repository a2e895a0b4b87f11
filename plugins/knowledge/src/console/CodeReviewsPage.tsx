// Code-review settings for knowledge admins: which skills reviews in each repository count for,
// how to connect a forge to the review webhook, its latest deliveries, and rotating its secret
// (the new secret is shown once).
import { KeyOutlined } from '@ant-design/icons';
import { setFormErrors, toFormErrors, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed } from '@cadre/sdk/console/kit';
import { Alert, Button, Card, Descriptions, Form, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from './i18n.js';
import { REVIEW_REPOSITORIES, REVIEW_WEBHOOK, ROTATE_SECRET, SET_REPOSITORY_SKILLS, type ReviewDelivery, type ReviewRepository, type ReviewWebhook } from './review-settings-api.js';
import { SkillSelect } from './SkillSelect.js';
import { CodeReviewImport } from './CodeReviewImport.js';

export default function CodeReviewsPage() {
  const t = useT();
  const repos = useCadreQuery(REVIEW_REPOSITORIES, {});
  const hook = useCadreQuery(REVIEW_WEBHOOK, {});
  const [editing, setEditing] = useState<ReviewRepository | null>(null);
  if (repos.error || hook.error) return <LoadFailed error={repos.error ?? hook.error} retry={() => { void repos.refetch(); void hook.refetch(); }} />;
  const webhook = hook.data?.codeReviewWebhook;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('knowledge.reviews.repositories')} loading={repos.isLoading} extra={<CodeReviewImport onImported={() => void repos.refetch()} />}>
        <Typography.Paragraph type="secondary">{t('knowledge.reviews.repositoriesHint')}</Typography.Paragraph>
        <Table<ReviewRepository> rowKey="name" dataSource={repos.data?.codeReviewRepositories ?? []} pagination={false} data-testid="review-repositories"
          locale={{ emptyText: t('knowledge.reviews.noRepositories') }}
          columns={[
            { title: t('knowledge.reviews.repository'), dataIndex: 'name', render: (n: string) => <Typography.Text code>{n}</Typography.Text> },
            { title: t('knowledge.reviews.count'), dataIndex: 'reviews', align: 'right', width: 110 },
            { title: t('knowledge.reviews.skills'), dataIndex: 'skills', render: (skills: ReviewRepository['skills']) => (skills.length ? skills.map((s) => <Tag key={s.id}>{s.name}</Tag>) : <Typography.Text type="secondary">{t('knowledge.reviews.noSkills')}</Typography.Text>) },
            { key: 'edit', width: 120, render: (_: unknown, r: ReviewRepository) => <Button size="small" onClick={() => setEditing(r)} data-testid={`review-repo-edit-${r.name}`}>{t('knowledge.reviews.editSkills')}</Button> },
          ]}
        />
      </Card>
      {webhook && <WebhookCard webhook={webhook} />}
      <SkillsModal repository={editing} onClose={() => setEditing(null)} />
    </Space>
  );
}

function SkillsModal({ repository, onClose }: { repository: ReviewRepository | null; onClose(): void }) {
  const t = useT();
  const { t: coreT } = useCadre();
  const [form] = Form.useForm<{ skillIds: string[] }>();
  const save = useCadreMutation(SET_REPOSITORY_SKILLS, { invalidates: [['KnowledgeReviewRepositories']] });
  const [other, setOther] = useState<string[]>([]);
  const submit = async ({ skillIds }: { skillIds: string[] }) => {
    const result = await save.mutate({ repository: repository!.name, skillIds: skillIds ?? [] });
    if (result.data) return onClose();
    const { fields, other: rest } = toFormErrors(result.errors, ['skillIds']);
    setFormErrors(form, fields);
    setOther(rest);
  };
  return (
    <Modal open={!!repository} destroyOnHidden title={t('knowledge.reviews.skillsOf', { name: repository?.name ?? '' })} onCancel={onClose} onOk={() => form.submit()}
      okText={coreT('common.save')} cancelText={t('knowledge.cancel')} confirmLoading={save.isPending} okButtonProps={{ id: 'review-skills-save' }}>
      {other.length > 0 && <Alert type="error" showIcon title={other.join('; ')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ skillIds: repository?.skills.map((s) => s.id) ?? [] }} onFinish={(v) => void submit(v)}>
        <Form.Item name="skillIds" label={t('knowledge.reviews.skills')} extra={t('knowledge.reviews.skillsHint')}>
          <SkillSelect id="review-skills" multiple showCounts={false} placeholder={t('knowledge.reviews.skills')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function WebhookCard({ webhook }: { webhook: ReviewWebhook }) {
  const t = useT();
  const { viewer } = useCadre();
  const rotate = useCadreMutation(ROTATE_SECRET, { invalidates: [['KnowledgeReviewWebhook']] });
  const [secret, setSecret] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const url = `${window.location.origin}${webhook.path}`;
  const doRotate = async () => {
    setFailed(null);
    const result = await rotate.mutate({});
    if (result.data) setSecret(result.data.rotateKnowledgeWebhookSecret.secret);
    else setFailed(result.errors[0]?.message ?? t('knowledge.error'));
  };
  return (
    <Card title={t('knowledge.reviews.webhook')} extra={
      <Popconfirm title={t('knowledge.reviews.rotateConfirm')} okText={t('knowledge.reviews.rotate')} cancelText={t('knowledge.cancel')} onConfirm={() => void doRotate()} okButtonProps={{ id: 'review-rotate-confirm' }}>
        <Button icon={<KeyOutlined />} loading={rotate.isPending} data-testid="review-rotate">{t('knowledge.reviews.rotate')}</Button>
      </Popconfirm>
    }>
      {failed && <Alert type="error" showIcon title={failed} style={{ marginBottom: 16 }} />}
      {!webhook.configured && <Alert type="info" showIcon title={t('knowledge.reviews.noSecret')} style={{ marginBottom: 16 }} />}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('knowledge.reviews.url')}><Typography.Text code copyable data-testid="review-webhook-url">{url}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('knowledge.reviews.tenantHeader')}><Typography.Text code copyable>{webhook.tenantHeader.replace('<tenant slug>', viewer.tenant.slug)}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('knowledge.reviews.signature')}><Typography.Text code>{webhook.signatureHeader}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('knowledge.reviews.payload')}><Typography.Paragraph code copyable style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{JSON.stringify(JSON.parse(webhook.payloadExample), null, 2)}</Typography.Paragraph></Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('knowledge.reviews.forges')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('knowledge.reviews.forgesIntro')}</Typography.Paragraph>
      <ul>
        <li><b>GitHub</b>: {t('knowledge.reviews.github')}</li>
        <li><b>GitLab</b>: {t('knowledge.reviews.gitlab')}</li>
        <li><b>Gitea</b>: {t('knowledge.reviews.gitea')}</li>
      </ul>
      <Typography.Title level={5}>{t('knowledge.reviews.deliveries')}</Typography.Title>
      <Table<ReviewDelivery> rowKey="id" size="small" dataSource={webhook.recentDeliveries} pagination={false} data-testid="review-deliveries" locale={{ emptyText: t('knowledge.reviews.noDeliveries') }}
        columns={[
          { title: t('knowledge.reviews.receivedAt'), dataIndex: 'receivedAt', render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
          { title: t('knowledge.reviews.result'), dataIndex: 'accepted', render: (ok: boolean, d: ReviewDelivery) => <Tag color={ok ? 'green' : 'red'}>{ok ? t('knowledge.reviews.accepted') : d.reason}</Tag> },
          { title: t('knowledge.reviews.count'), dataIndex: 'reviews', align: 'right' },
          { title: 'IP', dataIndex: 'ip' },
        ]}
      />
      <Modal open={secret !== null} title={t('knowledge.reviews.newSecret')} closable={false} maskClosable={false} onOk={() => setSecret(null)} okText={t('knowledge.reviews.done')} cancelButtonProps={{ style: { display: 'none' } }}>
        <Alert type="warning" showIcon title={t('knowledge.reviews.shownOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph code copyable data-testid="review-new-secret">{secret}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
