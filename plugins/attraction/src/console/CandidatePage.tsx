import { DownOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { errorText, LoadFailed, NavLink, Page, PageLoading, Section } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Col, Descriptions, Dropdown, Row, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { CANDIDATE_ONE, MOVE_CANDIDATE } from './api.js';
import { CandidateFormModal } from './CandidateFormModal.js';
import { CandidateNotes } from './CandidateNotes.js';
import { OfferList } from './OfferList.js';
import { Scorecards } from './Scorecards.js';
import { StageTag } from './StatusTags.js';
import { useT } from './i18n.js';

/** A candidate: profile, stage history, scorecards, notes and offers. */
export default function CandidatePage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { can, navigate } = useCadre();
  const t = useT();
  const { message } = App.useApp();
  const { data, error, isLoading, refetch } = useCadreQuery(CANDIDATE_ONE, { id });
  const move = useCadreMutation(MOVE_CANDIDATE);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  if (isLoading) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const c = data.candidate;
  const activeOffer = c.offers.some((o) => o.status === 'pending-approval' || o.status === 'approved');
  const moveTo = async (stage: string) => {
    setProblem(null);
    const result = await move.mutate({ id: c.id, stage });
    if (!result.data) setProblem(errorText(result.errors));
    else void message.success(t('attraction.pipeline.moved', { name: c.name, stage: t(`attraction.stage.${stage}`) }));
  };

  return (
    <Page
      title={c.name}
      tags={<StageTag value={c.stage} />}
      extra={
        <Space>
          {can('attraction.candidates.write') && <Button onClick={() => setEditing(true)} data-testid="edit-candidate">{t('attraction.edit')}</Button>}
          {can('attraction.candidates.write') && c.allowedMoves.length > 0 && (
            <Dropdown trigger={['click']} menu={{ items: c.allowedMoves.map((s) => ({ key: s, label: t(`attraction.stage.${s}`) })), onClick: ({ key }) => void moveTo(key) }}>
              <Button data-testid="move-to">{t('attraction.pipeline.moveTo')} <DownOutlined /></Button>
            </Dropdown>
          )}
          {can('attraction.offers.write') && c.stage === 'offer' && !activeOffer && (
            <Button type="primary" onClick={() => navigate(`/attraction/candidates/${c.id}/offer`)} data-testid="make-offer">{t('attraction.offer.make')}</Button>
          )}
          {c.hiredPersonId && <Button onClick={() => navigate(`/people/${c.hiredPersonId}`)}>{t('attraction.offer.openPerson')}</Button>}
        </Space>
      }
    >
      {editing && <CandidateFormModal open candidate={c} onClose={() => setEditing(false)} />}
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} data-testid="move-error" />}
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={16}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('attraction.req.one')}><NavLink to={`/attraction/requisitions/${c.requisitionId}`}>{c.requisitionTitle}</NavLink></Descriptions.Item>
            <Descriptions.Item label={t('attraction.candidate.source')}>{t(`attraction.source.${c.source}`)}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.candidate.email')}>{c.email}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.candidate.phone')}>{c.phone || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.candidate.headline')} span={2}>{c.headline || '—'}</Descriptions.Item>
            {c.profileUrl ? <Descriptions.Item label={t('attraction.candidate.profileUrl')} span={2}><a href={c.profileUrl} target="_blank" rel="noreferrer">{c.profileUrl}</a></Descriptions.Item> : null}
            <Descriptions.Item label={t('attraction.candidate.daysInStage')}>{c.daysInStage === null ? '—' : Math.round(c.daysInStage)}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.candidate.averageScore')}>{c.averageScore === null ? '—' : `${c.averageScore.toFixed(2)} / 4`}</Descriptions.Item>
          </Descriptions>
          <Section title={t('attraction.offers.title')}><OfferList offers={c.offers} /></Section>
          <Scorecards candidate={c} />
        </Col>
        <Col xs={24} xl={8}>
          <Section title={t('attraction.candidate.history')}>
            <Timeline
              items={c.transitions.map((tr) => ({
                title: new Date(tr.at).toLocaleDateString(),
                content: (
                  <>
                    <Typography.Text>{tr.fromStage ? `${t(`attraction.stage.${tr.fromStage}`)} → ` : ''}{t(`attraction.stage.${tr.toStage}`)}</Typography.Text>
                    {tr.daysInPreviousStage !== null && <Typography.Text type="secondary"> · {t('attraction.pipeline.days', { days: tr.daysInPreviousStage })}</Typography.Text>}
                    {tr.reason && <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>{tr.reason}</Typography.Paragraph>}
                  </>
                ),
              }))}
            />
          </Section>
          <CandidateNotes candidateId={c.id} notes={c.notes} />
        </Col>
      </Row>
    </Page>
  );
}
