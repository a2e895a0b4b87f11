// One knowledge item: the server's rendered (sanitised) HTML of its markdown, its authors, skill
// tags, links, reads and bookmarks, every earlier version, and a bookmark toggle.
import { DeleteOutlined, EditOutlined, EyeOutlined, InboxOutlined, LinkOutlined, RollbackOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { type ConsolePageProps, useCadre, useCadreMutation, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, PageLoading, useRun } from '@cadre/sdk/console/kit';
import { Alert, Button, Descriptions, Empty, Flex, List, Modal, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ARCHIVE_ITEM, BOOKMARK, DELETE_ITEM, ITEM_ONE, RESTORE_ITEM, VERSIONS } from './api.js';
import { useT } from './i18n.js';
import { BODY_CSS, ServerHtml } from './ServerHtml.js';
import type { ItemVersion } from './types.js';
import { People } from './People.js';
import { KindTag, VisibilityTag } from './StatusTags.js';
import { when } from './format.js';

export default function ItemPage({ params }: ConsolePageProps) {
  const id = params.id ?? '';
  const t = useT();
  const { navigate } = useCadre();
  const run = useRun();
  const { data, error, isLoading, refetch } = useCadreQuery(ITEM_ONE, { id });
  const versions = useCadreQuery(VERSIONS, { id });
  const bookmark = useCadreMutation(BOOKMARK, { invalidates: [] });
  const archive = useCadreMutation(ARCHIVE_ITEM);
  const restore = useCadreMutation(RESTORE_ITEM);
  const remove = useCadreMutation(DELETE_ITEM);
  const [shown, setShown] = useState<ItemVersion | null>(null);

  if (isLoading && !data) return <PageLoading />;
  if (error || !data) return <LoadFailed error={error} retry={refetch} />;
  const item = data.knowledgeItem;
  const toggle = async () => {
    const next = !item.bookmarked;
    if (await run(bookmark.mutate({ id: item.id, bookmarked: next }), next ? t('knowledge.item.bookmarked') : t('knowledge.item.unbookmarked'))) refetch();
  };
  const earlier = (versions.data?.knowledgeItemVersions ?? []);
  const onArchive = async () => {
    if (await run(archive.mutate({ id: item.id }), t('knowledge.item.archived'))) refetch();
  };
  const onRestore = async () => {
    if (await run(restore.mutate({ id: item.id }), t('knowledge.item.restored'))) refetch();
  };
  const onDelete = async () => {
    if (await run(remove.mutate({ id: item.id }), t('knowledge.item.deleted'))) navigate('/knowledge');
  };
  // A published item is archived (its versions and readers stay); a draft that never left its authors is deleted.
  const lifecycle = !item.canEdit ? null : item.archivedAt ? (
    <Button icon={<RollbackOutlined />} onClick={() => void onRestore()} loading={restore.isPending}>{t('knowledge.item.restore')}</Button>
  ) : item.publishedAt ? (
    <Popconfirm title={t('knowledge.item.archiveConfirm')} onConfirm={() => void onArchive()}>
      <Button icon={<InboxOutlined />} loading={archive.isPending}>{t('knowledge.item.archive')}</Button>
    </Popconfirm>
  ) : (
    <Popconfirm title={t('knowledge.item.deleteConfirm')} onConfirm={() => void onDelete()} okButtonProps={{ danger: true }}>
      <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>{t('knowledge.item.delete')}</Button>
    </Popconfirm>
  );

  return (
    <Page
      icon={<KindTag value={item.kind} />}
      title={<span data-testid="item-title">{item.title}</span>}
      tags={<><VisibilityTag visibility={item.visibility} /><Tag>v{item.version}</Tag></>}
      extra={
        <Space>
          <Button icon={item.bookmarked ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />} onClick={() => void toggle()} loading={bookmark.isPending} data-testid="bookmark" aria-pressed={item.bookmarked}>
            {item.bookmarked ? t('knowledge.item.unbookmark') : t('knowledge.item.bookmark')}
          </Button>
          {item.canEdit && !item.archivedAt && <Button icon={<EditOutlined />} onClick={() => navigate(`/knowledge/items/${item.id}/edit`)}>{t('knowledge.item.edit')}</Button>}
          {lifecycle}
        </Space>
      }
    >
      <style>{BODY_CSS}</style>
      {item.archivedAt && <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="item-archived" title={t('knowledge.item.archivedOn', { date: when(item.archivedAt) })} />}
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('knowledge.item.authors')}><People people={item.authors} /></Descriptions.Item>
        <Descriptions.Item label={t('knowledge.item.published')}>{item.publishedAt ? when(item.publishedAt) : t('knowledge.list.draft')}</Descriptions.Item>
        <Descriptions.Item label={t('knowledge.item.usage')}><Space><EyeOutlined />{t('knowledge.item.reads', { count: item.readCount })}<StarOutlined />{t('knowledge.item.bookmarks', { count: item.bookmarkCount })}</Space></Descriptions.Item>
        {item.reference && <Descriptions.Item label={t('knowledge.item.reference')}>{item.reference}</Descriptions.Item>}
        <Descriptions.Item label={t('knowledge.item.skills')}>
          <Space size={[4, 4]} wrap>{item.skills.length ? item.skills.map((s) => <NavLink key={s.id} to={`/knowledge?skill=${s.id}`}><Tag color="blue">{s.name}</Tag></NavLink>) : '—'}</Space>
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'content', label: t('knowledge.item.content'),
            children: (
              <Flex vertical gap={16}>
                <ServerHtml html={item.bodyHtml} testId="item-body" />
                {item.links.length > 0 && (
                  <List size="small" header={<b>{t('knowledge.item.links')}</b>} bordered dataSource={item.links}
                    renderItem={(l) => <List.Item><Space><LinkOutlined /><a href={l.url} target="_blank" rel="noopener noreferrer">{l.title || l.url}</a><Muted>{l.url}</Muted></Space></List.Item>} />
                )}
              </Flex>
            ),
          },
          {
            key: 'versions', label: t('knowledge.item.versions', { count: earlier.length }),
            children: earlier.length ? (
              <List<ItemVersion>
                data-testid="item-versions"
                dataSource={earlier}
                renderItem={(v) => (
                  <List.Item actions={[<Button key="view" size="small" onClick={() => setShown(v)}>{t('knowledge.item.view')}</Button>]}>
                    <List.Item.Meta
                      title={<Space><Tag>v{v.version}</Tag>{v.title}{v.version === item.version && <Tag color="green">{t('knowledge.item.current')}</Tag>}</Space>}
                      description={<Space size={4} wrap>{when(v.createdAt, true)}{v.editedBy && <>· {v.editedBy.name}</>}{v.note && <Typography.Text italic>· {v.note}</Typography.Text>}</Space>}
                    />
                  </List.Item>
                )}
              />
            ) : <Empty description={t('knowledge.item.noVersions')} />,
          },
        ]}
      />
      <Modal open={!!shown} width={860} footer={null} onCancel={() => setShown(null)} title={shown && <Space><Tag>v{shown.version}</Tag>{shown.title}</Space>}>
        {shown && <ServerHtml html={shown.bodyHtml} testId="version-body" />}
      </Modal>
    </Page>
  );
}
