// The knowledge base: items the viewer may see, newest first, filtered by kind, skill tag,
// author, publication date or bookmarks. Deep links: /knowledge?skill=<id>&author=<id>.
import { BookOutlined, EyeOutlined, PlusOutlined, SearchOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, PersonSelect, queryParam } from '@cadre/sdk/console/kit';
import { Button, Card, DatePicker, Flex, List, Select, Space, Switch, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ITEMS } from './api.js';
import { useT } from './i18n.js';
import { SkillSelect } from './SkillSelect.js';
import { ITEM_KINDS, type ItemFilter, type ItemKind, type ItemSummary } from './types.js';
import { People } from './People.js';
import { KindTag, VisibilityTag } from './StatusTags.js';
import { when } from './format.js';

const PAGE = 20;

export default function KnowledgeListPage() {
  const t = useT();
  const { can, navigate } = useCadre();
  const [kinds, setKinds] = useState<ItemKind[]>([]);
  const [skillId, setSkillId] = useState<string | null>(() => queryParam('skill'));
  const [authorId, setAuthorId] = useState<string | null>(() => queryParam('author'));
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [bookmarked, setBookmarked] = useState(false);
  const [archived, setArchived] = useState(false);
  const [page, setPage] = useState(1);
  const filter: ItemFilter = {
    kinds: kinds.length ? kinds : null, skillId, authorId, bookmarked: bookmarked || null, archived: archived || null,
    from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null,
  };
  const { data, error, isLoading, refetch } = useCadreQuery(ITEMS, { filter, first: PAGE, offset: (page - 1) * PAGE });
  const reset = <T,>(set: (v: T) => void) => (v: T) => { set(v); setPage(1); };
  if (error && !data) return <LoadFailed error={error} retry={refetch} />;

  return (
    <Card
      title={<Space><BookOutlined />{t('knowledge.list.title')}</Space>}
      extra={
        <Space>
          <Button icon={<SearchOutlined />} onClick={() => navigate('/knowledge/search')}>{t('knowledge.search.title')}</Button>
          {can('knowledge.items.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/knowledge/new')}>{t('knowledge.list.new')}</Button>}
        </Space>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} data-testid="knowledge-filters">
        <Select<ItemKind[]>
          mode="multiple"
          aria-label={t('knowledge.list.kind')}
          placeholder={t('knowledge.list.kind')}
          allowClear
          style={{ minWidth: 200 }}
          value={kinds}
          onChange={reset(setKinds)}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`knowledge.kind.${k}`) }))}
        />
        <SkillSelect value={skillId} onChange={reset(setSkillId)} placeholder={t('knowledge.list.skill')} style={{ width: 220 }} />
        <PersonSelect value={authorId} onChange={reset(setAuthorId)} placeholder={t('knowledge.list.author')} style={{ width: 220 }} />
        <DatePicker.RangePicker aria-label={t('knowledge.list.published')} placeholder={[t('knowledge.list.from'), t('knowledge.list.to')]} value={range} onChange={(v) => reset(setRange)(v as [Dayjs | null, Dayjs | null] | null)} allowEmpty={[true, true]} />
        <Space><Switch checked={bookmarked} onChange={reset(setBookmarked)} aria-label={t('knowledge.list.bookmarked')} /><Typography.Text>{t('knowledge.list.bookmarked')}</Typography.Text></Space>
        <Space><Switch checked={archived} onChange={reset(setArchived)} aria-label={t('knowledge.list.archived')} /><Typography.Text>{t('knowledge.list.archived')}</Typography.Text></Space>
      </Flex>
      <List<ItemSummary>
        loading={isLoading}
        itemLayout="vertical"
        dataSource={data?.knowledgeItems.nodes ?? []}
        locale={{ emptyText: t('knowledge.list.empty') }}
        pagination={{
          current: page, pageSize: PAGE, total: data?.knowledgeItems.totalCount ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true,
          showTotal: (total) => t('knowledge.total', { count: total }),
        }}
        renderItem={(item) => (
          <List.Item
            key={item.id}
            data-testid="knowledge-item"
            actions={[
              <Space key="reads" size={4}><EyeOutlined />{item.readCount}</Space>,
              <Space key="bookmarks" size={4}>{item.bookmarked ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}{item.bookmarkCount}</Space>,
              <Muted key="date">{item.publishedAt ? t('knowledge.list.publishedOn', { date: when(item.publishedAt) }) : t('knowledge.list.draft')}</Muted>,
            ]}
          >
            <List.Item.Meta
              title={<Space wrap><KindTag value={item.kind} /><NavLink to={`/knowledge/items/${item.id}`} testId="item-link">{item.title}</NavLink>{item.visibility !== 'TENANT' && <VisibilityTag visibility={item.visibility} />}</Space>}
              description={<Space size={4} wrap>{t('knowledge.by')} <People people={item.authors} />{item.reference && <Muted>· {item.reference}</Muted>}</Space>}
            />
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>{item.summary}</Typography.Paragraph>
            <Space size={[4, 4]} wrap>{item.skills.map((s) => <Tag key={s.id} style={{ cursor: 'pointer' }} onClick={() => { setSkillId(s.id); setPage(1); }}>{s.name}</Tag>)}</Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
