// Cross-department collaboration: org units as nodes (sized by headcount, coloured by kind), shared
// projects and co-authored knowledge as weighted edges (ECharts force graph), plus the edge list.
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Card, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { GraphChart } from 'echarts/charts';
import { useMemo, useState } from 'react';
import { COLLABORATION } from './api.js';
import { useT } from './i18n.js';
import type { CollaborationGraph } from './types.js';
import { escapeHtml, num } from './format.js';

type Edge = CollaborationGraph['edges'][number];
const KINDS = ['LEADERSHIP', 'TECHNICAL', 'PRODUCT', 'OPERATIONS'] as const;

export default function CollaborationPage() {
  const t = useT();
  const [depth, setDepth] = useState<number | null>(null);
  const { data, error, isLoading, refetch } = useCadreQuery(COLLABORATION, { depth });
  const graph = data?.collaborationGraph;
  const nameOf = useMemo(() => new Map((graph?.nodes ?? []).map((n) => [n.unitId, n.name])), [graph]);
  const sourceName = (s: string) => t(`structure.collab.source.${s}`) === `structure.collab.source.${s}` ? s : t(`structure.collab.source.${s}`);

  const option = useMemo(() => {
    if (!graph) return null;
    const maxHead = Math.max(1, ...graph.nodes.map((n) => n.headcount));
    const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
    return {
      tooltip: {
        formatter: (p: { dataType: string; data: { unit?: CollaborationGraph['nodes'][number]; edge?: Edge } }) => {
          if (p.dataType === 'node' && p.data.unit) {
            const u = p.data.unit;
            return `<b>${escapeHtml(u.name)}</b><br/>${escapeHtml(t(`structure.kind.${u.kind}`))}<br/>${escapeHtml(t('structure.collab.nodeTip', { headcount: u.headcount, projects: u.projects }))}`;
          }
          const e = p.data.edge;
          if (!e) return '';
          const lines = [`<b>${escapeHtml(nameOf.get(e.sourceUnitId) ?? '')} ↔ ${escapeHtml(nameOf.get(e.targetUnitId) ?? '')}</b>`, escapeHtml(t('structure.collab.weight', { weight: num(e.weight) }))];
          if (e.projectNames.length) lines.push(`${escapeHtml(t('structure.collab.sharedProjects'))}: ${e.projectNames.map(escapeHtml).join(', ')}`);
          for (const s of e.sources) lines.push(`${escapeHtml(sourceName(s.source))}: ${num(s.weight)}`);
          return lines.join('<br/>');
        },
      },
      legend: [{ data: KINDS.map((k) => t(`structure.kind.${k}`)), bottom: 0 }],
      series: [{
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 420, edgeLength: [80, 220], gravity: 0.08 },
        categories: KINDS.map((k) => ({ name: t(`structure.kind.${k}`) })),
        label: { show: true, position: 'right', fontSize: 12 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
        data: graph.nodes.map((n) => ({ id: n.unitId, name: n.name, value: n.headcount, category: KINDS.indexOf(n.kind), symbolSize: 16 + 34 * Math.sqrt(n.headcount / maxHead), unit: n })),
        links: graph.edges.map((e) => ({
          source: e.sourceUnitId, target: e.targetUnitId, value: e.weight, edge: e,
          lineStyle: { width: 1 + 7 * (e.weight / maxWeight), curveness: 0.12, opacity: 0.7, type: e.projectIds.length ? 'solid' : 'dashed' },
        })),
      }],
    };
  }, [graph, t, nameOf]);

  if (error && !graph) return <LoadFailed error={error} retry={refetch} />;

  return (
    <Page
      title={t('structure.collab.title')}
      loading={isLoading && !graph}
      extra={
        <Segmented<string>
          value={depth === null ? 'all' : String(depth)}
          onChange={(v) => setDepth(v === 'all' ? null : Number(v))}
          options={[{ value: '0', label: t('structure.collab.depth0') }, { value: '1', label: t('structure.collab.depth1') }, { value: 'all', label: t('structure.collab.depthAll') }]}
        />
      }
      below={graph && (
        <Card title={t('structure.collab.edges', { count: graph.edges.length })}>
          <Table<Edge>
            rowKey={(e) => `${e.sourceUnitId}:${e.targetUnitId}`}
            size="small"
            dataSource={graph.edges}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('structure.collab.units'), render: (_, e) => `${nameOf.get(e.sourceUnitId) ?? ''} ↔ ${nameOf.get(e.targetUnitId) ?? ''}` },
              { title: t('structure.collab.sharedProjects'), render: (_, e) => <Space size={[4, 4]} wrap>{e.projectNames.map((p) => <Tag key={p}>{p}</Tag>)}</Space> },
              { title: t('structure.collab.otherSources'), render: (_, e) => <Space size={[4, 4]} wrap>{e.sources.map((s) => <Tag key={s.source} color="cyan">{sourceName(s.source)} · {num(s.weight)}</Tag>)}</Space> },
              { title: t('structure.collab.weightCol'), dataIndex: 'weight', width: 90, align: 'right', render: (v: number) => num(v), sorter: (a, b) => a.weight - b.weight, defaultSortOrder: 'descend' },
            ]}
          />
        </Card>
      )}
    >
      <Typography.Paragraph type="secondary">{t('structure.collab.explain')}</Typography.Paragraph>
      {graph && (graph.nodes.length ? <Chart option={option!} parts={GraphChart} height={560} ariaLabel={t('structure.collab.title')} testId="collab-graph" /> : <Empty />)}
    </Page>
  );
}
