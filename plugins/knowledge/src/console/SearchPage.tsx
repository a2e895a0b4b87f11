// Full-text search of the knowledge base in Chinese and English, with highlighted titles and
// snippets. The API returns `titleHtml` and `snippetHtml` already HTML-escaped with the matches
// wrapped in <mark>: those two fields (and only those) are inserted as HTML.
import { SearchOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Muted, NavLink, Page, queryParam } from '@cadre/sdk/console/kit';
import { Alert, Empty, Flex, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SEARCH } from './api.js';
import { useT } from './i18n.js';
import { ITEM_KINDS, type ItemKind, type SearchHit } from './types.js';
import { People } from './People.js';
import { KindTag } from './StatusTags.js';
import { when } from './format.js';

const PAGE = 10;
const EXAMPLES = ['推理加速', 'KV cache', '混合专家模型', 'RLHF', '数据清洗', 'checkpoint'];

/** Server-escaped HTML with <mark> highlights (never raw user text). */
function Highlighted({ html, testId, as = 'span' }: { html: string; testId: string; as?: 'span' | 'div' }) {
  const Element = as;
  return <Element data-testid={testId} className="knowledge-highlight" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function SearchPage() {
  const t = useT();
  const { navigate } = useCadre();
  const [query, setQuery] = useState(() => queryParam('q') ?? '');
  const [kinds, setKinds] = useState<ItemKind[]>([]);
  const [page, setPage] = useState(1);
  useEffect(() => {
    const onPop = () => { setQuery(queryParam('q') ?? ''); setPage(1); };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const run = (q: string) => {
    const next = q.trim();
    setQuery(next);
    setPage(1);
    navigate(next ? `/knowledge/search?q=${encodeURIComponent(next)}` : '/knowledge/search');
  };
  const { data, error, isLoading, refetch } = useCadreQuery(SEARCH, { query, filter: { kinds: kinds.length ? kinds : null }, first: PAGE, offset: (page - 1) * PAGE }, { enabled: !!query });
  const result = data?.searchKnowledge;

  return (
    <Page icon={<SearchOutlined />} title={t('knowledge.search.title')}>
      <style>{'.knowledge-highlight mark { background: #ffe58f; color: inherit; padding: 0 1px; border-radius: 2px; }'}</style>
      <Flex wrap gap={12} style={{ marginBottom: 12 }}>
        <Input.Search
          key={query}
          aria-label={t('knowledge.search.placeholder')}
          placeholder={t('knowledge.search.placeholder')}
          defaultValue={query}
          enterButton={t('knowledge.search.go')}
          size="large"
          allowClear
          onSearch={run}
          style={{ maxWidth: 560 }}
          data-testid="knowledge-search"
        />
        <Select<ItemKind[]>
          mode="multiple"
          size="large"
          aria-label={t('knowledge.list.kind')}
          placeholder={t('knowledge.list.kind')}
          allowClear
          style={{ minWidth: 220 }}
          value={kinds}
          onChange={(v) => { setKinds(v); setPage(1); }}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`knowledge.kind.${k}`) }))}
        />
      </Flex>
      <Space wrap size={4} style={{ marginBottom: 16 }}>
        <Muted>{t('knowledge.search.try')}</Muted>
        {EXAMPLES.map((e) => <Tag key={e} style={{ cursor: 'pointer' }} onClick={() => run(e)}>{e}</Tag>)}
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('knowledge.search.hint')}</Typography.Paragraph>
      {!query ? <Empty description={t('knowledge.search.start')} /> : error && !result ? <LoadFailed error={error} retry={refetch} /> : (
        <>
          {result && (
            <Alert
              type={result.totalCount ? 'info' : 'warning'}
              showIcon
              data-testid="search-summary"
              style={{ marginBottom: 12 }}
              title={result.totalCount ? t('knowledge.search.found', { count: result.totalCount }) : t('knowledge.search.none', { query })}
              description={result.terms.length > 0 && <Space size={4} wrap>{t('knowledge.search.terms')}{result.terms.map((term) => <Tag key={term} color="gold">{term}</Tag>)}</Space>}
            />
          )}
          <List<SearchHit>
            loading={isLoading}
            itemLayout="vertical"
            dataSource={result?.hits ?? []}
            pagination={{ current: page, pageSize: PAGE, total: result?.totalCount ?? 0, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
            renderItem={(hit) => (
              <List.Item key={hit.item.id} data-testid="search-hit">
                <List.Item.Meta
                  title={<Space wrap><KindTag value={hit.item.kind} /><NavLink to={`/knowledge/items/${hit.item.id}`}><Highlighted html={hit.titleHtml} testId="hit-title" /></NavLink></Space>}
                  description={<Space size={4} wrap>{t('knowledge.by')} <People people={hit.item.authors} /><Muted>· {when(hit.item.publishedAt ?? hit.item.updatedAt)} · {t('knowledge.search.score', { score: hit.score.toFixed(2) })}</Muted></Space>}
                />
                <Highlighted as="div" html={hit.snippetHtml} testId="hit-snippet" />
              </List.Item>
            )}
          />
        </>
      )}
    </Page>
  );
}
