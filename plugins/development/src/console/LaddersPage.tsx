// Career development paths: each ladder (individual contributor, management) with its levels
// from junior to senior and the skills each level expects, as a skills × levels matrix. Holders of
// development.ladders.write (the API's rule) add and rename ladders, add, edit or delete their
// levels, and delete a ladder without levels; the API's refusals (a level a plan targets, a ladder with levels) show.
import { DeleteOutlined, EditOutlined, PlusOutlined, RiseOutlined } from '@ant-design/icons';
import { useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Alert, App, Button, Empty, Flex, Popconfirm, Steps, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { DELETE_LADDER, LADDERS } from './api.js';
import { useT } from './i18n.js';
import { LadderFormModal } from './LadderFormModal.js';
import { LevelFormModal } from './LevelFormModal.js';
import type { CareerLadder, CareerLevel } from './types.js';

const SHADES = ['#fafafa', '#e6f4ff', '#bae0ff', '#69b1ff', '#1677ff', '#003eb3'];

/** Add a level, or edit one (by its code): for development.ladders.write only. */
function LevelActions({ ladder, levels }: { ladder: CareerLadder; levels: readonly CareerLevel[] }) {
  const t = useT();
  const { message } = App.useApp();
  // undefined: closed; null: a new level; else that level.
  const [editing, setEditing] = useState<CareerLevel | null | undefined>(undefined);
  return (
    <Flex wrap gap={8} align="center" data-testid="level-actions">
      <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="level-new">{t('development.levelForm.add')}</Button>
      {levels.map((l) => (
        <Button key={l.id} size="small" icon={<EditOutlined />} onClick={() => setEditing(l)} aria-label={t('development.levelForm.editLevel', { code: l.code })} data-testid="level-edit">{l.code}</Button>
      ))}
      {editing !== undefined && (
        <LevelFormModal ladder={ladder} level={editing} onClose={() => setEditing(undefined)}
          onSaved={(l) => { setEditing(undefined); void message.success(t('development.levelForm.saved', { code: l.code })); }}
          onDeleted={(l) => { setEditing(undefined); void message.success(t('development.levelForm.deleted', { code: l.code })); }} />
      )}
    </Flex>
  );
}

/** Deletes the ladder (confirmed); the API refuses while it has levels, and the refusal shows here. */
function DeleteLadder({ ladder }: { ladder: CareerLadder }) {
  const t = useT();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useCadreMutation(DELETE_LADDER, { invalidates: [['DevelopmentLadders']] });
  const run = async () => {
    setProblem(null);
    const result = await remove.mutate({ id: ladder.id });
    if (result.data?.deleteCareerLadder) return void message.success(t('development.ladders.deleted', { name: ladder.name }));
    setProblem((result.errors ?? []).map((e) => e.message).join('; '));
  };
  return (
    <Flex vertical gap={8} align="flex-start">
      <Popconfirm title={t('development.ladders.deleteConfirm', { name: ladder.name })} okText={t('development.ladders.delete')} cancelText={t('development.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'ladder-delete-confirm' }} onConfirm={() => void run()}>
        <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="ladder-delete">{t('development.ladders.delete')}</Button>
      </Popconfirm>
      {problem && <Alert type="error" showIcon title={problem} closable onClose={() => setProblem(null)} data-testid="ladder-delete-error" />}
    </Flex>
  );
}

function LadderMatrix({ ladder, editable, onEdit }: { ladder: CareerLadder; editable: boolean; onEdit(): void }) {
  const t = useT();
  const levels = [...ladder.levels].sort((a, b) => a.rank - b.rank);
  const skills = new Map<string, string>();
  for (const l of levels) for (const e of l.expectations) skills.set(e.skillId, e.skillName);
  const rows = [...skills].map(([skillId, skillName]) => ({ skillId, skillName, ...Object.fromEntries(levels.map((l) => [l.id, l.expectations.find((e) => e.skillId === skillId)?.level ?? 0])) }));
  return (
    <Flex vertical gap={16}>
      {ladder.description && <Typography.Paragraph type="secondary">{ladder.description}</Typography.Paragraph>}
      {editable && <LevelActions ladder={ladder} levels={levels} />}
      {editable && (
        <Flex gap={8} align="flex-start">
          <Button size="small" icon={<EditOutlined />} onClick={onEdit} data-testid="ladder-edit">{t('development.ladders.edit')}</Button>
          <DeleteLadder ladder={ladder} />
        </Flex>
      )}
      <Steps
        size="small"
        current={levels.length}
        items={levels.map((l) => ({ title: l.code, content: <Tooltip title={l.description}><Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.title}</Typography.Text></Tooltip> }))}
      />
      {rows.length ? (
        <Table
          rowKey="skillId"
          size="small"
          pagination={false}
          bordered
          data-testid="ladder-matrix"
          scroll={{ x: 200 + levels.length * 90 }}
          dataSource={rows}
          columns={[
            { title: t('development.ladders.skill'), dataIndex: 'skillName', fixed: 'left', width: 200 },
            ...levels.map((l) => ({
              title: <Tooltip title={l.title}>{l.code}</Tooltip>,
              dataIndex: l.id,
              width: 90,
              align: 'center' as const,
              onCell: (r: Record<string, unknown>) => ({ style: { background: SHADES[Number(r[l.id]) || 0], color: Number(r[l.id]) >= 4 ? '#fff' : undefined } }),
              render: (v: number) => (v ? v : '·'),
            })),
          ]}
        />
      ) : <Empty description={t('development.ladders.noExpectations')} />}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('development.ladders.legend')}</Typography.Text>
    </Flex>
  );
}

export default function LaddersPage() {
  const t = useT();
  const { can } = useCadre();
  const { message } = App.useApp();
  const editable = can('development.ladders.write');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<CareerLadder | null>(null);
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const { data, error, isLoading, refetch } = useCadreQuery(LADDERS, {});
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;
  const ladders = data?.careerLadders ?? [];
  // A ladder just created shows once the list is back from the API.
  const active = ladders.some((l) => l.id === activeKey) ? activeKey : ladders[0]?.id;
  return (
    <Page
      icon={<RiseOutlined />}
      title={t('development.ladders.title')}
      loading={isLoading && !data}
      extra={editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="ladder-new">{t('development.ladders.new')}</Button>}
    >
      {ladders.length ? (
        <Tabs activeKey={active} onChange={setActiveKey}
          items={ladders.map((l) => ({ key: l.id, label: <span>{l.name} <Tag>{t(`development.track.${l.track}`)}</Tag></span>, children: <LadderMatrix ladder={l} editable={editable} onEdit={() => setEditing(l)} /> }))} />
      ) : <Empty />}
      {creating && (
        <LadderFormModal onClose={() => setCreating(false)}
          onSaved={(l) => { setCreating(false); setActiveKey(l.id); void message.success(t('development.ladders.created', { name: l.name })); }} />
      )}
      {editing && (
        <LadderFormModal ladder={editing} onClose={() => setEditing(null)}
          onSaved={(l) => { setEditing(null); void message.success(t('development.ladders.saved', { name: l.name })); }} />
      )}
    </Page>
  );
}
