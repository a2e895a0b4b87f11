// The person page's "Skills & projects" tab: their skill profile (level 0–5 per skill, what each
// source says and which one decided, the evidence) and the projects they are on with their
// allocation. A manager's or review assessment decides; the person's own evidence above it shows
// as a claim for the manager to confirm (skill-level.ts). On their own page a person rates their
// own skills (setOwnSkillLevel, evidence SELF). Below the projects: how much they want each one.
import { isHidden, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { HiddenTag, NavLink } from '@cadre/sdk/console/kit';
import { EditOutlined, LikeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Empty, Flex, Progress, Row, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { PROJECTS, SKILL_PROFILE } from './api.js';
import { useT } from './i18n.js';
import type { Project, SkillProfile } from './types.js';
import { PriorityTag, ProjectStatusTag } from './StatusTags.js';
import { SkillLevelModal } from './SkillLevelModal.js';
import { OwnSkillLevelModal } from './OwnSkillLevelModal.js';
import { useMayAssess } from './useMayAssess.js';
import { StaffingPreferencesCard } from './StaffingPreferencesCard.js';

type Entry = SkillProfile['entries'][number];
/** The person's latest own rating of the skill (evidence is newest first), if any. */
const ownLevel = (e: Entry): number | null => e.evidence.find((ev) => ev.kind === 'SELF')?.level ?? null;
const EVIDENCE_COLORS: Record<string, string> = { SELF: 'default', MANAGER: 'blue', REVIEW: 'purple', KNOWLEDGE: 'cyan', COURSE: 'geekblue' };

/** One tag per source: "Manager 2"; the deciding one marked, claims above the assessment in orange. */
function SourceTags({ entry }: { entry: Entry }) {
  const t = useT();
  return (
    <Space size={[2, 2]} wrap data-testid="skill-sources">
      {entry.sources.map((s) => {
        const label = `${t(`structure.evidence.${s.kind}`)} ${s.level}`;
        const tip = s.decides ? t('structure.person.decides') : s.claimAboveAssessed ? t('structure.person.claim', { level: s.level }) : t('structure.person.notDeciding');
        return (
          <Tooltip key={s.kind} title={`${tip} · ${s.recordedAt.slice(0, 10)}`}>
            <Tag color={s.claimAboveAssessed ? 'orange' : EVIDENCE_COLORS[s.kind]} variant={s.decides ? 'solid' : 'outlined'} data-decides={s.decides || undefined}>
              {s.decides ? '✓ ' : ''}{label}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

export default function PersonStructureTab({ personId }: { personId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { viewer } = useCadre();
  const mayAssess = useMayAssess(personId);
  // The API's rule for rating your own skills: signed in as this very person.
  const own = !!viewer.personId && viewer.personId === personId;
  // null: closed; { skillId: null }: any skill; else that skill at its current level.
  const [assessing, setAssessing] = useState<{ skillId: string | null; level: number | null } | null>(null);
  const [rating, setRating] = useState<{ skillId: string | null; level: number | null } | null>(null);
  const profile = useCadreQuery(SKILL_PROFILE, { personId });
  const projects = useCadreQuery(PROJECTS, { filter: { personId } });
  const entries = profile.data?.skillProfile.entries ?? [];
  const allocations = (projects.data?.projects ?? []).map((p) => ({ project: p, allocation: p.assignments.find((a) => a.personId === personId)?.allocation ?? 0 }));
  const total = allocations.reduce((s, a) => s + a.allocation, 0);

  return (
    <Row gutter={[24, 16]} data-testid="person-structure">
      <Col xs={24} xl={14}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={5}>{t('structure.person.skills')}</Typography.Title>
          <Space>
            {own && <Button size="small" icon={<LikeOutlined />} onClick={() => setRating({ skillId: null, level: null })} data-testid="self-assess-new">{t('structure.self.new')}</Button>}
            {mayAssess && <Button size="small" icon={<PlusOutlined />} onClick={() => setAssessing({ skillId: null, level: null })} data-testid="assess-new">{t('structure.assess.new')}</Button>}
          </Space>
        </Flex>
        {rating && (
          <OwnSkillLevelModal skillId={rating.skillId} level={rating.level} onClose={() => setRating(null)}
            onSaved={() => { setRating(null); void message.success(t('structure.self.saved')); }} />
        )}
        {assessing && (
          <SkillLevelModal personId={personId} skillId={assessing.skillId} level={assessing.level} onClose={() => setAssessing(null)}
            onSaved={() => { setAssessing(null); void message.success(t('structure.saved')); }} />
        )}
        {profile.error && !profile.data ? <Alert type="warning" showIcon title={profile.error.message} /> : (
          <Table<Entry>
            rowKey={(e) => e.skill.id}
            size="small"
            loading={profile.isLoading}
            pagination={false}
            dataSource={entries}
            locale={{ emptyText: <Empty description={t('structure.person.noSkills')} /> }}
            expandable={{
              rowExpandable: (e) => e.evidence.length > 0,
              expandedRowRender: (e, index) => (
                <Flex vertical gap={4}>
                  {e.evidence.map((ev, j) => (
                    <Space key={ev.id} size={8}>
                      <Tag color={EVIDENCE_COLORS[ev.kind]}>{t(`structure.evidence.${ev.kind}`)}</Tag>
                      <span>{t('structure.person.level', { level: ev.level })}</span>
                      <Typography.Text type="secondary">{ev.createdAt.slice(0, 10)}</Typography.Text>
                      {isHidden(profile.errors, ['skillProfile', 'entries', index, 'evidence', j, 'note']) ? <HiddenTag /> : ev.note && <Typography.Text italic>{ev.note}</Typography.Text>}
                    </Space>
                  ))}
                </Flex>
              ),
            }}
            columns={[
              {
                title: t('structure.project.skill'),
                render: (_, e) => (
                  <Space size={4}>
                    {e.skill.name}
                    {e.claimedLevel !== null && <Tooltip title={t('structure.person.claim', { level: e.claimedLevel })}><Tag color="orange">{t('structure.person.claimed', { level: e.claimedLevel })}</Tag></Tooltip>}
                  </Space>
                ),
              },
              { title: t('structure.person.category'), width: 120, ellipsis: true, render: (_, e) => <Typography.Text type="secondary">{e.skill.categoryName}</Typography.Text> },
              { title: t('structure.person.levelCol'), dataIndex: 'level', width: 110, render: (v: number) => <Tooltip title={t(`structure.levelName.${v}`)}><Progress aria-label={t('structure.person.levelCol')} steps={5} percent={v * 20} size="small" format={() => v} /></Tooltip> },
              { title: <Tooltip title={t('structure.person.precedence')}>{t('structure.person.sources')}</Tooltip>, render: (_, e) => <SourceTags entry={e} /> },
              ...(mayAssess || own ? [{
                title: '', width: mayAssess && own ? 88 : 56,
                render: (_: unknown, e: Entry) => (
                  <Space size={0}>
                    {own && (
                      <Tooltip title={t('structure.self.set')}>
                        <Button size="small" type="text" icon={<LikeOutlined />} aria-label={t('structure.self.setFor', { skill: e.skill.name })} data-testid="self-assess-skill"
                          onClick={() => setRating({ skillId: e.skill.id, level: ownLevel(e) ?? e.level })} />
                      </Tooltip>
                    )}
                    {mayAssess && (
                      <Tooltip title={t('structure.assess.set')}>
                        <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('structure.assess.setFor', { skill: e.skill.name })} data-testid="assess-skill"
                          onClick={() => setAssessing({ skillId: e.skill.id, level: e.claimedLevel ?? e.level })} />
                      </Tooltip>
                    )}
                  </Space>
                ),
              }] : []),
            ]}
          />
        )}
      </Col>
      <Col xs={24} xl={10}>
        <Typography.Title level={5}>{t('structure.person.projects', { allocation: total })}</Typography.Title>
        <Table<{ project: Project; allocation: number }>
          rowKey={(r) => r.project.id}
          size="small"
          loading={projects.isLoading}
          pagination={false}
          dataSource={allocations}
          locale={{ emptyText: <Empty description={t('structure.person.noProjects')} /> }}
          columns={[
            { title: t('structure.staffing.project'), render: (_, r) => <Flex vertical><NavLink to={`/structure/projects/${r.project.id}`}>{r.project.name}</NavLink><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.project.ownerUnitName}</Typography.Text></Flex> },
            { title: '', width: 150, render: (_, r) => <Space size={2}><PriorityTag priority={r.project.priority} /><ProjectStatusTag value={r.project.status} /></Space> },
            { title: t('structure.project.allocation'), width: 130, render: (_, r) => <Progress aria-label={t('structure.project.allocation')} percent={r.allocation} size="small" status="normal" format={(v) => `${v}%`} /> },
          ]}
        />
        <StaffingPreferencesCard personId={personId} />
      </Col>
    </Row>
  );
}
