import { formatMoney, useCadre } from '@cadre/sdk/console';
import { Card, Col, Descriptions, Row, Statistic, Table, Typography } from 'antd';
import { BandsTable } from './BandsTable.js';
import type { MyBonus } from './types.js';
import { BoundTag } from './StatusTags.js';
import { num, score } from './numbers.js';
import { useT } from './i18n.js';

/** One published pool from the employee's side: their numbers and the formula with them filled in. */
export function MyBonusCard({ bonus: b }: { bonus: MyBonus }) {
  const { locale } = useCadre();
  const t = useT();
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor, b.currency, locale));
  const raw = b.lambda ? (b.weight * b.coefficient) / b.lambda : 0;
  const condition = b.bands.find((x) => x.band === b.band)?.condition;
  const lines = [
    t('incentives.formula.band', { score: score(b.score), band: b.band ?? '—', condition: condition ?? '—', c: num(b.coefficient) }),
    t('incentives.formula.weight', { weight: num(b.weight), explanation: b.weightExplanation }),
    b.lambda === null
      ? t('incentives.formula.zeroPool')
      : t('incentives.formula.share', { weight: num(b.weight), c: num(b.coefficient), lambda: num(b.lambda), raw: num(raw) }),
    b.bound === -1 ? t('incentives.formula.atFloor', { floor: money(b.floor), exact: num(b.exactAmount) })
      : b.bound === 1 ? t('incentives.formula.atCap', { cap: money(b.cap), exact: num(b.exactAmount) })
        : t('incentives.formula.between', { exact: num(b.exactAmount) }),
    t('incentives.formula.rounded', { amount: money(b.amount) }),
  ];

  return (
    <Card type="inner" title={`${b.poolName} · ${b.cycleName}`} data-testid="my-bonus" extra={b.publishedAt && t('incentives.me.publishedOn', { date: b.publishedAt.slice(0, 10) })}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={8}>
          <Statistic title={t('incentives.me.yourBonus')} value={money(b.amount)} data-testid="my-bonus-amount" />
          {b.delta ? <Typography.Text type={b.delta > 0 ? 'success' : 'danger'}>{t('incentives.me.changed', { delta: money(b.delta), version: b.version })}</Typography.Text> : null}
          <Descriptions size="small" column={1} style={{ marginTop: 16 }} data-testid="my-bonus-numbers">
            <Descriptions.Item label={t('incentives.score')}>{score(b.score)}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.band')}>{b.band ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={`${t('incentives.coefficient')} c`}>{num(b.coefficient)}</Descriptions.Item>
            <Descriptions.Item label={`${t('incentives.weight')} ω`}>{num(b.weight)}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.bound')}><BoundTag bound={b.bound} /></Descriptions.Item>
            <Descriptions.Item label={t('incentives.floorCap')}>{money(b.floor)} / {b.cap === null ? '∞' : money(b.cap)}</Descriptions.Item>
            <Descriptions.Item label={t('incentives.model.pool')}>{money(b.poolAmount)}</Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={16}>
          <Typography.Title level={5}>{t('incentives.formula.title')}</Typography.Title>
          <Typography.Paragraph code data-testid="my-formula">y = clamp(ω · c / λ, floor, cap), Σ y = D; λ = Σ ω_j c_j / D ⇒ y = D · ω · c / Σ ω_j c_j</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('incentives.formula.explain')}</Typography.Paragraph>
          <Typography.Title level={5}>{t('incentives.formula.yours')}</Typography.Title>
          <ol data-testid="my-calculation">{lines.map((l, i) => <li key={i}>{l}</li>)}</ol>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="published-calculation">{t('incentives.formula.published')}: {b.calculation}</Typography.Paragraph>
          <BandsTable bands={b.bands} highlight={b.band} />
        </Col>
      </Row>
      {b.history.length > 1 && (
        <Table
          rowKey="version" size="small" pagination={false} style={{ marginTop: 16 }} dataSource={b.history}
          columns={[
            { title: t('incentives.version'), dataIndex: 'version', width: 80, render: (v: number) => `v${v}` },
            { title: t('incentives.score'), dataIndex: 'score', width: 80, render: score },
            { title: t('incentives.amount'), dataIndex: 'amount', align: 'right', render: (a: number) => money(a) },
            { title: t('incentives.delta'), dataIndex: 'delta', align: 'right', render: (d: number | null) => money(d) },
            { title: t('incentives.version.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Card>
  );
}
