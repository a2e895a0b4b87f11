// The knowledge base: items the viewer may see, paged on the server (newest first, recently
// updated or by title), filtered by kind, skill tag, author, publication date, bookmarks or
// archive. Every filter is in the URL: /knowledge?skill=<id>&author=<id> is a deep link.
import { BookOutlined, EyeOutlined, PlusOutlined, SearchOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { dataOrThrow, useCadre } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, PersonSelect, useServerList } from '@cadre/sdk/console/kit';
import { Button, DatePicker, Flex, List, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ITEMS_PAGE } from './api.js';
import { useT } from './i18n.js';
import { SkillSelect } from './SkillSelect.js';
import { ITEM_KINDS, type ItemFilter, type ItemKind, type ItemSummary } from './types.js';
import { People } from './People.js';
import { KindTag, VisibilityTag } from './StatusTags.js';
import { when } from './format.js';

type Filters = 'kinds' | 'skill' | 'author' | 'from' | 'to' | 'bookmarked' | 'archived';
type SortField = 'CREATED_AT' | 'UPDATED_AT' | 'TITLE';
const SORTS: ReadonlyArray<{ value: string; field: SortField; direction: 'ASC' | 'DESC' }> = [
  { value: 'newest', field: 'CREATED_AT', direction: 'DESC' },
  { value: 'updated', field: 'UPDATED_AT', direction: 'DESC' },
  { value: 'title', field: 'TITLE', direction: 'ASC' },
];

/** The URL's filters as the API's (unknown kinds dropped). */
function toFilter(f: Partial<Record<Filters, string>>): ItemFilter {
  const kinds = (f.kinds ?? '').split(',').filter((k): k is ItemKind => (ITEM_KINDS as readonly string[]).includes(k));
  return {
    kinds: kinds.length ? kinds : null, skillId: f.skill ?? null, authorId: f.author ?? null, bookmarked: f.bookmarked === 'true' || null, archived: f.archived === 'true' || null,
    from: f.from ?? null, to: f.to ?? null,
  };
}

export default function KnowledgeListPage() {
  const t = useT();
  const { can, navigate, request } = useCadre();
  // Filters, order and page are in the URL, so a filtered view can be shared (e.g. ?skill=<id>&author=<id>).
  const list = useServerList<ItemSummary, Filters, SortField>({
    key: 'KnowledgeItemsPage',
    filters: ['kinds', 'skill', 'author', 'from', 'to', 'bookmarked', 'archived'],
    sorts: ['CREATED_AT', 'UPDATED_AT', 'TITLE'],
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    fetch: async ({ filter, sort, first, after }) => dataOrThrow(await request(ITEMS_PAGE, { filter: toFilter(filter), sort, first, after })).knowledgeItemsPage,
  });
  const filter = toFilter(list.filter);
  const sortValue = SORTS.find((o) => o.field === list.sort.field && o.direction === list.sort.direction)?.value;
  const range: [Dayjs | null, Dayjs | null] | null = filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null] : null;
  if (list.error && !list.data) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;

  return (
    <Page
      icon={<BookOutlined />}
      title={t('knowledge.list.title')}
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
          value={filter.kinds ?? []}
          onChange={(v) => list.update({ kinds: v.join(',') })}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`knowledge.kind.${k}`) }))}
        />
        <SkillSelect value={filter.skillId ?? null} onChange={(v) => list.update({ skill: v })} placeholder={t('knowledge.list.skill')} style={{ width: 220 }} />
        <PersonSelect value={filter.authorId ?? null} onChange={(v) => list.update({ author: v })} placeholder={t('knowledge.list.author')} style={{ width: 220 }} />
        <DatePicker.RangePicker aria-label={t('knowledge.list.published')} placeholder={[t('knowledge.list.from'), t('knowledge.list.to')]} value={range} allowEmpty={[true, true]}
          onChange={(v) => list.update({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })} />
        <Space><Switch checked={!!filter.bookmarked} onChange={(v) => list.update({ bookmarked: v ? 'true' : null })} aria-label={t('knowledge.list.bookmarked')} /><Typography.Text>{t('knowledge.list.bookmarked')}</Typography.Text></Space>
        <Space><Switch checked={!!filter.archived} onChange={(v) => list.update({ archived: v ? 'true' : null })} aria-label={t('knowledge.list.archived')} /><Typography.Text>{t('knowledge.list.archived')}</Typography.Text></Space>
        <Select aria-label={t('knowledge.list.sort')} value={sortValue} style={{ width: 170 }} data-testid="knowledge-sort"
          onChange={(v) => { const o = SORTS.find((x) => x.value === v)!; list.setSort(o.field, o.direction); }}
          options={SORTS.map((o) => ({ value: o.value, label: t(`knowledge.list.sort.${o.value}`) }))} />
      </Flex>
      <List<ItemSummary>
        loading={list.isFetching}
        itemLayout="vertical"
        dataSource={list.nodes}
        locale={{ emptyText: t('knowledge.list.empty') }}
        data-testid="knowledge-list"
        pagination={{ ...list.pagination, showTotal: (total) => t('knowledge.total', { count: total }) }}
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
            <Space size={[4, 4]} wrap>{item.skills.map((s) => <Tag key={s.id} style={{ cursor: 'pointer' }} onClick={() => list.update({ skill: s.id })}>{s.name}</Tag>)}</Space>
          </List.Item>
        )}
      />
    </Page>
  );
}
