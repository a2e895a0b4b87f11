// Skill gaps: yours, a report's (managers) or anyone's (hr), towards their plan's target level, the
// next rung of their ladder, or a level you choose; with recommended courses and mentors.
import { AimOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page, PersonSelect, queryParam } from '@cadre/sdk/console/kit';
import { Empty, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { LADDERS, ME } from './api.js';
import { GapsPanel } from './GapsPanel.js';
import { useT } from './i18n.js';

export default function GapsPage() {
  const t = useT();
  const { viewer, can } = useCadre();
  const me = useCadreQuery(ME, {});
  const ladders = useCadreQuery(LADDERS, {});
  const [personId, setPersonId] = useState<string | null>(() => queryParam('person') ?? viewer.personId);
  const [targetLevelId, setTargetLevelId] = useState<string | null>(null);
  const everyone = can('development.plans.read-all');
  const self = me.data?.me.person;
  const choices = self ? [{ id: self.id, name: self.name, title: t('development.gaps.myself') }, ...self.reports] : [];

  return (
    <Page icon={<AimOutlined />} title={t('development.gaps.title')}>
      {/* Without them the page still shows gaps, but no reports to choose or no ladder levels to aim at: say so. */}
      {me.error && <LoadFailed compact error={me.error} retry={() => void me.refetch()} />}
      {ladders.error && <LoadFailed compact error={ladders.error} retry={() => void ladders.refetch()} />}
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Typography.Text strong>{t('development.person')}</Typography.Text>
        {everyone ? (
          <PersonSelect value={personId} onChange={(v) => { setPersonId(v); setTargetLevelId(null); }} style={{ width: 280 }} known={choices} />
        ) : (
          <Select aria-label={t('development.person')} data-testid="gaps-person" style={{ width: 280 }} value={personId ?? undefined} loading={me.isLoading}
            onChange={(v) => { setPersonId(v); setTargetLevelId(null); }} options={choices.map((p) => ({ value: p.id, label: `${p.name} · ${p.title}` }))} />
        )}
        <Typography.Text strong>{t('development.gaps.target')}</Typography.Text>
        <Select aria-label={t('development.gaps.target')} allowClear style={{ width: 260 }} placeholder={t('development.gaps.defaultTarget')} value={targetLevelId ?? undefined} onChange={(v) => setTargetLevelId(v ?? null)}
          options={(ladders.data?.careerLadders ?? []).map((l) => ({ label: l.name, options: [...l.levels].sort((a, b) => a.rank - b.rank).map((v) => ({ value: v.id, label: `${v.code} · ${v.title}` })) }))} />
      </Flex>
      {personId ? <GapsPanel key={`${personId}:${targetLevelId ?? ''}`} personId={personId} targetLevelId={targetLevelId} /> : <Empty description={t('development.gaps.pick')} />}
    </Page>
  );
}
