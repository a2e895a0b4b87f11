// One project: its facts, skill requirements (skill, minimum level, weight) and who works on it
// with what allocation. Managers of the owning unit put people on it or take them off.
import { DeleteOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, None, Page, PageLoading, PersonSelect, useRun } from '@cadre/sdk/console/kit';
import { Button, Card, Col, Descriptions, Empty, Flex, InputNumber, Modal, Popconfirm, Progress, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ASSIGN, PROJECT_ONE, UNASSIGN } from './api.js';
import { useT } from './i18n.js';
import { ProjectFormModal } from './ProjectFormModal.js';
import { useStaffingUnits } from './useStaffingUnits.js';
import type { Assignment, Requirement } from './types.js';
import { PriorityTag, ProjectStatusTag, StaffingTag } from './StatusTags.js';

export default function ProjectPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const t = useT();
  const { can } = useCadre();
  const run = useRun();
  const { data, error, isLoading, refetch } = useCadreQuery(PROJECT_ONE, { id });
  const assign = useCadreMutation(ASSIGN);
  const unassign = useCadreMutation(UNASSIGN);
  const [adding, setAdding] = useState(false);
  const [personId, setPersonId] = useState<string | null>(null);
  const [allocation, setAllocation] = useState(100);
  const [editing, setEditing] = useState(false);
  const scope = useStaffingUnits(can('structure.projects.write'));

  if (isLoading && !data) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const p = data.project;
  const mayStaff = can('structure.projects.write');
  // The API's rule for changing a project: its owner unit is one this account may manage.
  const mayEdit = mayStaff && (scope.whole || scope.units.some((u) => u.id === p.ownerUnitId));

  const onAssign = async () => {
    if (!personId) return;
    if (await run(assign.mutate({ input: { projectId: p.id, personId, allocation } }), t('structure.project.assigned'))) {
      setAdding(false);
      setPersonId(null);
      refetch();
    }
  };
  const onUnassign = async (a: Assignment) => {
    if (await run(unassign.mutate({ projectId: p.id, personId: a.personId }), t('structure.project.unassigned', { name: a.person?.name ?? '' }))) refetch();
  };

  return (
    <Page
      title={<span data-testid="project-name">{p.name}</span>}
      tags={<><ProjectStatusTag value={p.status} /><PriorityTag priority={p.priority} /></>}
      extra={mayEdit && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="project-edit">{t('structure.projectForm.edit')}</Button>}
      below={(
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <Card title={t('structure.projects.requirements')}>
                {p.requirements.length ? (
                  <Table<Requirement>
                    rowKey="skillId"
                    size="small"
                    pagination={false}
                    dataSource={p.requirements}
                    columns={[
                      { title: t('structure.project.skill'), dataIndex: 'skillName' },
                      { title: t('structure.project.minLevel'), dataIndex: 'minLevel', width: 110, render: (v: number) => <Progress aria-label={t('structure.project.minLevel')} steps={5} percent={v * 20} size="small" format={() => v} /> },
                      { title: t('structure.project.weight'), dataIndex: 'weight', width: 80, align: 'right' },
                    ]}
                  />
                ) : <Empty description={t('structure.project.noRequirements')} />}
              </Card>
            </Col>
            <Col xs={24} xl={14}>
              <Card
                title={t('structure.project.assignments', { count: p.assignments.length })}
                extra={mayStaff && <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)}>{t('structure.project.assign')}</Button>}
              >
                <Table<Assignment>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={p.assignments}
                  locale={{ emptyText: t('structure.project.nobody') }}
                  columns={[
                    { title: t('structure.project.person'), render: (_, a) => (a.person ? <Flex vertical><NavLink to={`/people/${a.personId}`}>{a.person.name}</NavLink><Typography.Text type="secondary" style={{ fontSize: 12 }}>{a.person.title}</Typography.Text></Flex> : a.personId) },
                    { title: t('structure.project.allocation'), dataIndex: 'allocation', width: 150, render: (v: number) => <Progress aria-label={t('structure.project.allocation')} percent={v} size="small" status="normal" format={(x) => `${x}%`} /> },
                    { title: t('structure.project.since'), dataIndex: 'since', width: 110, render: (v: string) => v.slice(0, 10) },
                    ...(mayStaff ? [{
                      title: '', width: 60,
                      render: (_: unknown, a: Assignment) => (
                        <Popconfirm title={t('structure.project.confirmUnassign', { name: a.person?.name ?? '' })} onConfirm={() => void onUnassign(a)}>
                          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('structure.project.unassign')} />
                        </Popconfirm>
                      ),
                    }] : []),
                  ]}
                />
              </Card>
            </Col>
          </Row>
          {editing && <ProjectFormModal project={p} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); refetch(); }} />}
          <Modal open={adding} title={t('structure.project.assign')} onCancel={() => setAdding(false)} onOk={() => void onAssign()} okButtonProps={{ disabled: !personId, loading: assign.isPending }} destroyOnHidden>
            <Flex vertical gap={12}>
              <PersonSelect value={personId} onChange={setPersonId} placeholder={t('structure.project.person')} style={{ width: '100%' }} />
              <Space><Typography.Text>{t('structure.project.allocation')}</Typography.Text><InputNumber min={1} max={100} value={allocation} onChange={(v) => setAllocation(v ?? 100)} suffix="%" /></Space>
              <Typography.Text type="secondary">{t('structure.project.allocationHint')}</Typography.Text>
            </Flex>
          </Modal>
        </>
      )}
    >
      <Descriptions bordered size="middle" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('structure.projects.owner')}>{p.ownerUnitName ?? <None />}</Descriptions.Item>
        <Descriptions.Item label={t('structure.project.dates')}>{p.startDate ?? '…'} → {p.endDate ?? '…'}</Descriptions.Item>
        <Descriptions.Item label={t('structure.projects.headcount')}>
          <Space>{t('structure.projects.headcountOf', { count: p.headcount, min: p.headcountMin, max: p.headcountMax })}<StaffingTag value={p.staffing} /></Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('structure.projects.crossUnit')}>{p.crossUnit ? <Tag color="purple">{t('structure.project.spans', { count: p.unitIds.length })}</Tag> : t('structure.project.oneUnit')}</Descriptions.Item>
        <Descriptions.Item label={t('structure.project.description')} span={2}>{p.description || <None />}</Descriptions.Item>
      </Descriptions>
    </Page>
  );
}
