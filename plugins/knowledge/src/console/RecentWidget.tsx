// Dashboard widget: the newest items of the knowledge base, with a way into search.
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { Muted, NavLink } from '@cadre/sdk/console/kit';
import { Button, Empty, Flex, Input, List, Space, Typography } from 'antd';
import { ITEMS } from './api.js';
import { useT } from './i18n.js';
import { KindTag } from './StatusTags.js';
import { when } from './format.js';

export default function RecentWidget({ size }: { size: 'small' | 'medium' | 'large' }) {
  const t = useT();
  const { navigate } = useCadre();
  const { data, error } = useCadreQuery(ITEMS, { filter: { visibility: 'TENANT' }, first: size === 'small' ? 4 : 6, offset: 0 });
  if (error && !data) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  const items = data?.knowledgeItems.nodes ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="knowledge-widget">
      <Input.Search size="small" placeholder={t('knowledge.search.placeholder')} aria-label={t('knowledge.search.placeholder')} onSearch={(q) => q.trim() && navigate(`/knowledge/search?q=${encodeURIComponent(q.trim())}`)} />
      {items.length ? (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item>
              <Flex gap={6} align="center" style={{ width: '100%', minWidth: 0 }}>
                <KindTag value={item.kind} />
                <Typography.Text ellipsis={{ tooltip: item.title }} style={{ flex: 1, minWidth: 0 }}><NavLink to={`/knowledge/items/${item.id}`}>{item.title}</NavLink></Typography.Text>
                <span style={{ whiteSpace: 'nowrap' }}><Muted>{when(item.publishedAt)}</Muted></span>
              </Flex>
            </List.Item>
          )}
        />
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('knowledge.list.empty')} />}
      <Button size="small" onClick={() => navigate('/knowledge')}>{t('knowledge.widget.all')}</Button>
    </Space>
  );
}
