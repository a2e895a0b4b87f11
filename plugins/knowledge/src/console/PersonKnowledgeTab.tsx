// The person page's "Knowledge" tab: items they authored and their knowledge-sharing index
// with its parts (visible to the person, their managers and holders of knowledge.index.read).
import { useCadreQuery } from '@cadre/sdk/console';
import { Muted, NavLink } from '@cadre/sdk/console/kit';
import { Alert, Col, Descriptions, Empty, List, Row, Space, Statistic, Typography } from 'antd';
import { ITEMS, SHARING } from './api.js';
import { useT } from './i18n.js';
import type { ItemSummary } from './types.js';
import { KindTag, VisibilityTag } from './StatusTags.js';
import { when } from './format.js';

export default function PersonKnowledgeTab({ personId }: { personId: string }) {
  const t = useT();
  const items = useCadreQuery(ITEMS, { filter: { authorId: personId }, first: 10, offset: 0 });
  const index = useCadreQuery(SHARING, { personIds: [personId] });
  const row = index.data?.knowledgeSharingIndex.people.find((r) => r.person.id === personId);
  const page = items.data?.knowledgeItems;

  return (
    <Row gutter={[24, 16]} data-testid="person-knowledge">
      <Col xs={24} xl={14}>
        <Typography.Title level={5}>{t('knowledge.person.items', { count: page?.totalCount ?? 0 })}</Typography.Title>
        <List<ItemSummary>
          size="small"
          loading={items.isLoading}
          dataSource={page?.nodes ?? []}
          locale={{ emptyText: <Empty description={t('knowledge.person.noItems')} /> }}
          renderItem={(item) => (
            <List.Item extra={<Muted>{when(item.publishedAt ?? item.updatedAt)}</Muted>}>
              <Space wrap size={4}><KindTag value={item.kind} /><NavLink to={`/knowledge/items/${item.id}`}>{item.title}</NavLink>{item.visibility !== 'TENANT' && <VisibilityTag visibility={item.visibility} />}</Space>
            </List.Item>
          )}
        />
        {(page?.totalCount ?? 0) > 10 && <NavLink to={`/knowledge?author=${personId}`}>{t('knowledge.person.all')}</NavLink>}
      </Col>
      <Col xs={24} xl={10}>
        <Typography.Title level={5}>{t('knowledge.index.title')}</Typography.Title>
        {index.error && !index.data ? <Alert type="warning" showIcon title={index.error.message} /> : row ? (
          <>
            <Statistic title={t('knowledge.person.indexFor', { from: index.data!.knowledgeSharingIndex.from, to: index.data!.knowledgeSharingIndex.to })} value={row.index} precision={1} />
            <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
              <Descriptions.Item label={t('knowledge.index.items')}>{row.itemsPublished}</Descriptions.Item>
              <Descriptions.Item label={t('knowledge.index.talksGiven')}>{row.talksGiven}</Descriptions.Item>
              <Descriptions.Item label={t('knowledge.index.talksAttended')}>{row.talksAttended}</Descriptions.Item>
              <Descriptions.Item label={t('knowledge.index.reviews')}>{row.reviews}</Descriptions.Item>
              <Descriptions.Item label={t('knowledge.index.reads')}>{row.readsByOthers}</Descriptions.Item>
              <Descriptions.Item label={t('knowledge.index.bookmarks')}>{row.bookmarksByOthers}</Descriptions.Item>
            </Descriptions>
            <Muted>{t('knowledge.index.formula')}</Muted>
          </>
        ) : !index.isLoading && <Typography.Text type="secondary">{t('knowledge.person.indexHidden')}</Typography.Text>}
      </Col>
    </Row>
  );
}
