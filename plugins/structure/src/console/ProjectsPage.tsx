// Projects, highest priority first: owner unit, staffing against min/max headcount, requirements,
// whether they span units. Filter by status, unit and cross-unit.
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink } from '@cadre/sdk/console/kit';
import { Button, Card, Flex, Progress, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ORG_UNITS, PROJECTS } from './api.js';
import { ProjectFormModal } from './ProjectFormModal.js';
import { useT } from './i18n.js';
import { UnitSelect } from './UnitSelect.js';
import type { Project, ProjectStatus } from './types.js';
import { PriorityTag, ProjectStatusTag, StaffingTag } from './StatusTags.js';

export default function ProjectsPage() {
  const t = useT();
  const { can, navigate } = useCadre();
  const [status, setStatus] = useState<ProjectStatus | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [crossUnit, setCrossUnit] = useState(false);
  const [creating, setCreating] = useState(false);
  const units = useCadreQuery(ORG_UNITS, {});
  const { data, error, isLoading, refetch } = useCadreQuery(PROJECTS, { filter: { status, unitId, crossUnit: crossUnit || null } });
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;

  return (
    <Card
      title={t('structure.projects.title')}
      extra={
        <Space>
          {can('structure.projects.write') && <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-new">{t('structure.projectForm.new')}</Button>}
          {can('structure.staffing.run') && <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => navigate('/structure/staffing')}>{t('structure.staffing.title')}</Button>}
        </Space>
      }
    >
      {creating && <ProjectFormModal project={null} onClose={() => setCreating(false)} onSaved={(p) => { setCreating(false); navigate(`/structure/projects/${p.id}`); }} />}
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('structure.projects.status')}
          placeholder={t('structure.projects.status')}
          allowClear
          style={{ width: 160 }}
          value={status ?? undefined}
          onChange={(v) => setStatus(v ?? null)}
          options={(['PLANNED', 'ACTIVE', 'CLOSED'] as const).map((s) => ({ value: s, label: t(`structure.projectStatus.${s}`) }))}
        />
        <UnitSelect units={units.data?.orgUnits ?? []} value={unitId} onChange={setUnitId} placeholder={t('structure.projects.unit')} />
        <Space>
          <Switch checked={crossUnit} onChange={setCrossUnit} aria-label={t('structure.projects.crossUnitOnly')} />
          <Typography.Text>{t('structure.projects.crossUnitOnly')}</Typography.Text>
        </Space>
      </Flex>
      <Table<Project>
        rowKey="id"
        size="middle"
        loading={isLoading}
        dataSource={data?.projects ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('structure.projects.name'), dataIndex: 'name', width: 280,
            render: (name: string, p) => (
              <Flex vertical>
                <NavLink to={`/structure/projects/${p.id}`} testId="project-link">{name}</NavLink>
                {p.description && <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 260 }}>{p.description}</Typography.Text>}
              </Flex>
            ),
          },
          { title: t('structure.projects.priority'), dataIndex: 'priority', width: 90, render: (v: number) => <PriorityTag priority={v} />, sorter: (a, b) => a.priority - b.priority },
          { title: t('structure.projects.status'), dataIndex: 'status', width: 110, render: (s: string) => <ProjectStatusTag value={s} /> },
          { title: t('structure.projects.owner'), dataIndex: 'ownerUnitName', width: 160, render: (v: string | null, p) => <Space size={4}>{v ?? '—'}{p.crossUnit && <Tooltip title={t('structure.projects.crossUnitHint', { count: p.unitIds.length })}><Tag color="purple">{t('structure.projects.crossUnit')}</Tag></Tooltip>}</Space> },
          {
            title: t('structure.projects.headcount'), width: 200,
            render: (_, p) => (
              <Flex vertical gap={2}>
                <Space size={4}><span>{t('structure.projects.headcountOf', { count: p.headcount, min: p.headcountMin, max: p.headcountMax })}</span><StaffingTag value={p.staffing} /></Space>
                <Progress aria-label={t('structure.projects.headcount')} percent={Math.round((p.headcount / Math.max(1, p.headcountMax)) * 100)} showInfo={false} size="small" status={p.staffing === 'UNDERSTAFFED' ? 'exception' : 'normal'} />
              </Flex>
            ),
          },
          {
            title: t('structure.projects.requirements'),
            render: (_, p) => <Space size={[4, 4]} wrap>{p.requirements.map((r) => <Tag key={r.skillId}>{r.skillName} ≥ {r.minLevel}</Tag>)}</Space>,
          },
        ]}
      />
    </Card>
  );
}
