// Projects, highest priority first: owner unit, staffing against min/max headcount, requirements,
// whether they span units. Filtered (status, unit, cross-unit), sorted and paged on the server,
// with that state in the URL (?status=ACTIVE&crossUnit=true&sort=NAME&page=2) so a view can be shared.
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page, useServerList } from '@cadre/sdk/console/kit';
import { Button, Flex, Progress, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ORG_UNITS, PROJECTS_PAGE } from './api.js';
import { ProjectFormModal } from './ProjectFormModal.js';
import { useT } from './i18n.js';
import { UnitSelect } from './UnitSelect.js';
import type { ProjectRow, ProjectSortField, ProjectStatus } from './types.js';
import { PriorityTag, ProjectStatusTag, StaffingTag } from './StatusTags.js';

const STATUSES = ['PLANNED', 'ACTIVE', 'CLOSED'] as const;

export default function ProjectsPage() {
  const t = useT();
  const { can, navigate, request } = useCadre();
  const [creating, setCreating] = useState(false);
  const units = useCadreQuery(ORG_UNITS, {});
  const list = useServerList<ProjectRow, 'status' | 'unitId' | 'crossUnit', ProjectSortField>({
    key: 'StructureProjectsPage',
    filters: ['status', 'unitId', 'crossUnit'],
    sorts: ['PRIORITY', 'NAME', 'UPDATED_AT', 'CREATED_AT'],
    defaultSort: { field: 'PRIORITY', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => {
      const status: ProjectStatus | null = STATUSES.find((s) => s === filter.status) ?? null;
      const variables = { filter: { status, unitId: filter.unitId ?? null, crossUnit: filter.crossUnit === 'true' || null }, sort, first, after };
      return dataOrThrow(await request(PROJECTS_PAGE, variables)).projectsPage;
    },
  });
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const status = STATUSES.find((s) => s === list.filter.status);

  return (
    <Page
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
          value={status}
          onChange={(v) => list.update({ status: v ?? null })}
          options={STATUSES.map((s) => ({ value: s, label: t(`structure.projectStatus.${s}`) }))}
          data-testid="projects-status"
        />
        <UnitSelect units={units.data?.orgUnits ?? []} value={list.filter.unitId ?? null} onChange={(id) => list.update({ unitId: id })} placeholder={t('structure.projects.unit')} />
        <Space>
          <Switch checked={list.filter.crossUnit === 'true'} onChange={(on) => list.update({ crossUnit: on ? 'true' : null })} aria-label={t('structure.projects.crossUnitOnly')} data-testid="projects-cross-unit" />
          <Typography.Text>{t('structure.projects.crossUnitOnly')}</Typography.Text>
        </Space>
      </Flex>
      <Table<ProjectRow>
        rowKey="id"
        size="middle"
        data-testid="projects-table"
        loading={list.isFetching}
        dataSource={list.nodes}
        {...list.tableProps}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('structure.projects.name'), dataIndex: 'name', key: 'NAME', sorter: true, sortOrder: list.sortOrder('NAME'), width: 280,
            render: (name: string, p) => (
              <Flex vertical>
                <NavLink to={`/structure/projects/${p.id}`} testId="project-link">{name}</NavLink>
                {p.description && <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 260 }}>{p.description}</Typography.Text>}
              </Flex>
            ),
          },
          { title: t('structure.projects.priority'), dataIndex: 'priority', key: 'PRIORITY', sorter: true, sortOrder: list.sortOrder('PRIORITY'), width: 100, render: (v: number) => <PriorityTag priority={v} /> },
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
          { title: t('structure.projects.updated'), dataIndex: 'updatedAt', key: 'UPDATED_AT', sorter: true, sortOrder: list.sortOrder('UPDATED_AT'), width: 120, render: (v: string) => v.slice(0, 10) },
        ]}
      />
    </Page>
  );
}
