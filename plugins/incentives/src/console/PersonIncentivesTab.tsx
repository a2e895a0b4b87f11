import { type GraphQLErrorEntry, isHidden, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { HiddenTag, MoneyText } from '@cadre/sdk/console/kit';
import { Empty, Skeleton, Table, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { CYCLES, PARTICIPANTS, PERSON_ALLOCATION, POOLS } from './api.js';
import type { Participant, PersonAllocation } from './types.js';
import { CycleStatusTag } from './StatusTags.js';
import { num, score } from './numbers.js';
import { useT } from './i18n.js';

interface ReviewRow { cycleId: string; cycleName: string; status: string; participant: Participant | null; errors: GraphQLErrorEntry[] }
interface BonusRow { poolId: string; poolName: string; cycleName: string; allocation: PersonAllocation | null; errors: GraphQLErrorEntry[] }

/** A person's review and bonus history, as far as the API lets the viewer see it. */
export default function PersonIncentivesTab({ personId }: { personId: string }) {
  const { request, can, viewer } = useCadre();
  const t = useT();
  const cycles = useCadreQuery(CYCLES, {});
  const pools = useCadreQuery(POOLS, {});
  const [reviews, setReviews] = useState<ReviewRow[] | null>(null);
  const [bonuses, setBonuses] = useState<BonusRow[] | null>(null);
  // Rows the API leaves out (not yours, not your chain) read as withheld, not as "no data".
  const mayReadAll = can('incentives.reviews.read-all');
  const mayReadPools = can('incentives.pools.read');

  useEffect(() => {
    const list = (cycles.data?.reviewCycles ?? []).filter((c) => c.status !== 'draft');
    if (!cycles.data) return;
    void Promise.all(list.map(async (c) => {
      const r = await request(PARTICIPANTS, { cycleId: c.id, personId });
      return { cycleId: c.id, cycleName: c.name, status: c.status, participant: r.data?.reviewCycleParticipants[0] ?? null, errors: r.errors };
    })).then(setReviews);
  }, [cycles.data, personId, request]);

  useEffect(() => {
    if (!pools.data) return;
    const list = pools.data.bonusPools.filter((p) => p.status === 'published');
    void Promise.all(list.map(async (p) => {
      const r = await request(PERSON_ALLOCATION, { poolId: p.id, personId });
      return { poolId: p.id, poolName: p.name, cycleName: p.cycleName, allocation: r.data?.bonusAllocationsPage.nodes[0] ?? null, errors: r.errors };
    })).then(setBonuses);
  }, [pools.data, personId, request]);

  if (!reviews || !bonuses) return <Skeleton active />;
  const self = viewer.personId === personId;
  const withheld = (visibleToAll: boolean) => !visibleToAll && !self;
  const field = (row: ReviewRow, name: keyof Participant, render: (v: never) => ReactNode) => {
    if (!row.participant) return withheld(mayReadAll) ? <HiddenTag /> : <Typography.Text type="secondary">{t('incentives.person.notParticipant')}</Typography.Text>;
    const index = 0;
    if (isHidden(row.errors, ['reviewCycleParticipants', index, name])) return <HiddenTag />;
    return render(row.participant[name] as never);
  };
  const money = (row: BonusRow, name: 'amount' | 'delta') => {
    if (!row.allocation) return withheld(mayReadPools) ? <HiddenTag /> : <Typography.Text type="secondary">{t('incentives.person.notMember')}</Typography.Text>;
    return <MoneyText value={row.allocation[name]} currency={row.allocation.currency} hidden={isHidden(row.errors, ['bonusAllocationsPage', 'nodes', 0, name])} testId={`person-bonus-${name}`} />;
  };

  return (
    <div data-testid="person-incentives">
      <Typography.Title level={5}>{t('incentives.person.reviews')}</Typography.Title>
      {reviews.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
        <Table<ReviewRow>
          rowKey="cycleId" size="small" pagination={false} dataSource={reviews} style={{ marginBottom: 24 }}
          columns={[
            { title: t('incentives.cycle'), dataIndex: 'cycleName' },
            { title: t('incentives.status'), dataIndex: 'status', width: 120, render: (s: string) => <CycleStatusTag value={s} /> },
            { title: t('incentives.me.finalScore'), width: 120, align: 'right', render: (_, r) => field(r, 'finalScore', (v: number | null) => score(v)) },
            { title: t('incentives.band'), width: 80, align: 'right', render: (_, r) => field(r, 'band', (v: number | null) => v ?? '—') },
            { title: t('incentives.coefficient'), width: 100, align: 'right', render: (_, r) => field(r, 'coefficient', (v: number | null) => num(v)) },
            { title: t('incentives.potential'), width: 110, render: (_, r) => field(r, 'potential', (v: number | null) => (v ? t(`incentives.potential.${v}`) : '—')) },
          ]}
        />
      )}
      <Typography.Title level={5}>{t('incentives.person.bonuses')}</Typography.Title>
      {bonuses.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
        <Table<BonusRow>
          rowKey="poolId" size="small" pagination={false} dataSource={bonuses}
          columns={[
            { title: t('incentives.pool.name'), dataIndex: 'poolName' },
            { title: t('incentives.cycle'), dataIndex: 'cycleName' },
            { title: t('incentives.amount'), width: 160, align: 'right', render: (_, r) => money(r, 'amount') },
            { title: t('incentives.delta'), width: 140, align: 'right', render: (_, r) => money(r, 'delta') },
          ]}
        />
      )}
    </div>
  );
}
