import { type ConsolePageProps, isHidden, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { formatPercent, HiddenTag, LoadFailed, MoneyText, NavLink, Page, PageLoading, Section } from '@cadre/sdk/console/kit';
import { Alert, Button, Col, Descriptions, Row, Space, Table, Tag } from 'antd';
import { OFFER_ONE } from './api.js';
import { OfferActions } from './OfferActions.js';
import type { OfferApproval } from './types.js';
import { OfferStatusTag } from './StatusTags.js';
import { ratio } from './format.js';
import { useT } from './i18n.js';

/** One offer: terms, levers, pay position, approvals, and what happens next. */
export default function OfferPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const { navigate } = useCadre();
  const t = useT();
  const { data, errors, error, isLoading, refetch } = useCadreQuery(OFFER_ONE, { id });
  if (isLoading) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const o = data.offer;
  const hidden = (field: string) => isHidden(errors, ['offer', field]);
  const value = (field: string, text: string) => (hidden(field) ? <HiddenTag /> : text);

  return (
    <Page title={t('attraction.offer.for', { name: o.candidateName })} tags={<OfferStatusTag value={o.status} />}
      extra={<Space><OfferActions offer={o} revise />{o.hiredPersonId && <Button onClick={() => navigate(`/people/${o.hiredPersonId}`)} data-testid="open-person">{t('attraction.offer.openPerson')}</Button>}</Space>}>
      {o.status === 'accepted' && o.hiredPersonId && <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('attraction.offer.hired', { name: o.candidateName })} />}
      {o.needsExceptionApproval && o.status === 'pending-approval' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('attraction.offer.exception')} />}
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={14}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('attraction.candidate.name')}><NavLink to={`/attraction/candidates/${o.candidateId}`}>{o.candidateName}</NavLink></Descriptions.Item>
            <Descriptions.Item label={t('attraction.req.one')}><NavLink to={`/attraction/requisitions/${o.requisitionId}`}>{o.requisitionTitle}</NavLink></Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.title')}>{o.title} · {o.level} · v{o.version}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.startDate')}>{o.startDate}{o.expiresOn ? ` (${t('attraction.offer.expiresOn')} ${o.expiresOn})` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.base')}><MoneyText value={o.base} currency={o.currency} hidden={hidden('base')} /></Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.bonus')}>{value('bonusTargetPct', o.bonusTargetPct === null ? '—' : `${o.bonusTargetPct}%`)}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.equity')}>
              {value('equityUnits', o.equityUnits === null ? '—' : `${o.equityUnits.toLocaleString()}${o.vesting ? ` · ${t('attraction.offer.vestingText', { months: o.vesting.months, cliff: o.vesting.cliffMonths, frequency: t(`attraction.frequency.${o.vesting.frequency}`) })}` : ''}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.signOn')}><MoneyText value={o.signOnBonus} currency={o.currency} hidden={hidden('signOnBonus')} /></Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.learningBudget')}><MoneyText value={o.learningBudget} currency={o.currency} hidden={hidden('learningBudget')} /></Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.remoteWork')}>{t(`attraction.remote.${o.remoteWork}`)}{o.flexibleHours ? ` · ${t('attraction.offer.flexibleHours')}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.innovationTime')}>{o.innovationTimePct}%</Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.careerPath')} span={2}>{o.careerPath || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.benefits')} span={2}>{o.benefits.length ? o.benefits.map((b) => <Tag key={b}>{b}</Tag>) : '—'}</Descriptions.Item>
            {o.decisionNote ? <Descriptions.Item label={t('attraction.reason')} span={2}>{o.decisionNote}</Descriptions.Item> : null}
          </Descriptions>
        </Col>
        <Col xs={24} xl={10}>
          <Descriptions bordered size="small" column={1} title={t('attraction.offer.position')}>
            <Descriptions.Item label={t('attraction.compaRatio')}>{value('compaRatio', ratio(o.compaRatio))}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.marketPercentile')}>{value('marketPercentile', o.marketPercentile === null ? '—' : `P${Math.round(o.marketPercentile)}`)}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.rangePenetration')}>{value('rangePenetration', formatPercent(o.rangePenetration))}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.bandPosition')}>{hidden('bandPosition') ? <HiddenTag /> : o.bandPosition ? t(`attraction.bandPos.${o.bandPosition}`) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('attraction.offer.required')}>{o.requiredApprovals.map((k) => <Tag key={k} color={o.missingApprovals.includes(k) ? 'orange' : 'green'}>{t(`attraction.approval.${k}`)}</Tag>)}</Descriptions.Item>
          </Descriptions>
        </Col>
      </Row>
      <Section title={t('attraction.offer.approvals')}>
        <Table<OfferApproval>
          rowKey="id" size="small" pagination={false} dataSource={o.approvals} locale={{ emptyText: t('attraction.offer.noApprovals') }} style={{ marginTop: 16 }}
          columns={[
            { title: t('attraction.offer.version'), dataIndex: 'offerVersion', width: 80, render: (v: number) => `v${v}` },
            { title: t('attraction.offer.approvalKind'), dataIndex: 'kind', width: 130, render: (k: string) => t(`attraction.approval.${k}`) },
            { title: t('attraction.offer.decision'), dataIndex: 'decision', width: 110, render: (d: string) => <Tag color={d === 'approved' ? 'green' : 'red'}>{t(`attraction.decision.${d}`)}</Tag> },
            { title: t('attraction.offer.approver'), dataIndex: 'approverEmail', width: 200 },
            { title: t('attraction.offer.comment'), dataIndex: 'comment' },
            { title: t('attraction.when'), dataIndex: 'createdAt', width: 180, render: (at: string) => new Date(at).toLocaleString() },
          ]}
        />
      </Section>
    </Page>
  );
}
