// The org chart: units and their people as an ECharts tree (zoom and pan with the mouse, click a
// unit to collapse or expand it, click a person to open their page), a search that expands and
// highlights the matches, and a unit to start from. People are fetched for open units only.
import { ApartmentOutlined, NodeCollapseOutlined, NodeExpandOutlined } from '@ant-design/icons';
import { useCadre, useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Alert, Button, Empty, Flex, Input, List, Space, Tag, Typography, theme } from 'antd';
import { TreeChart } from 'echarts/charts';
import { useMemo, useRef, useState } from 'react';
import { ORG_CHART, ORG_UNIT_MEMBERS, ORG_UNITS } from './api.js';
import { buildOrgTree, expandedUnitIds, type TreeNode } from './org-tree.js';
import { escapeHtml as escape } from './format.js';
import { useT } from './i18n.js';
import type { OrgPerson } from './types.js';
import { OrgUnitToolbar } from './OrgUnitToolbar.js';
import { UnitSelect } from './UnitSelect.js';

/** More people than this in the open units and "expand all" shows units only, until one is opened. */
const MEMBER_BUDGET = 1000;

export default function OrgChartPage() {
  const { navigate, viewer } = useCadre();
  const t = useT();
  const { token } = theme.useToken();
  const [search, setSearch] = useState('');
  const [rootUnitId, setRootUnitId] = useState<string | null>(null);
  const [expandAll, setExpandAll] = useState(false);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const units = useCadreQuery(ORG_UNITS, {});
  const { data, error, isLoading, refetch } = useCadreQuery(ORG_CHART, { rootUnitId, search: search || null });
  const chart = data?.orgChart;

  // The open units whose people to fetch; "expand all" of a large company keeps to the user's clicks.
  const { memberUnitIds, overBudget } = useMemo(() => {
    if (!chart) return { memberUnitIds: [], overBudget: false };
    const open = expandedUnitIds(chart, { expandAll, toggled });
    const withPeople = chart.units.filter((u) => open.has(u.id) && u.memberCount > 0);
    const over = expandAll && withPeople.reduce((n, u) => n + u.memberCount, 0) > MEMBER_BUDGET;
    const chosen = over ? withPeople.filter((u) => toggled.get(u.id) === true) : withPeople;
    return { memberUnitIds: chosen.map((u) => u.id).sort(), overBudget: over };
  }, [chart, expandAll, toggled]);
  const members = useCadreQuery(ORG_UNIT_MEMBERS, { unitIds: memberUnitIds }, { enabled: memberUnitIds.length > 0 });
  // While a newly opened unit loads, the others keep their people (no flicker).
  const last = useRef<OrgPerson[]>([]);
  if (members.data) last.current = members.data.orgUnitMembers;
  const loaded = useMemo(() => {
    const ids = new Set(memberUnitIds);
    return last.current.filter((p) => p.orgUnitId && ids.has(p.orgUnitId));
  }, [memberUnitIds, members.data]);

  const tree = useMemo(() => {
    if (!chart) return null;
    return buildOrgTree(chart, loaded, { expandAll, toggled, colors: { unit: token.colorPrimary, person: token.colorTextTertiary, lead: token.colorWarning, match: token.colorError } });
  }, [chart, loaded, expandAll, toggled, token]);
  const reset = () => { setExpandAll(false); setToggled(new Map()); };

  const option = useMemo(() => {
    if (!tree) return null;
    const root: TreeNode = tree.roots.length === 1 ? tree.roots[0]! : { id: 'root', name: viewer.tenant.name, kind: 'unit', entityId: '', children: tree.roots };
    return {
      tooltip: {
        trigger: 'item',
        triggerOn: 'mousemove',
        formatter: (p: { data: TreeNode }) => {
          const n = p.data;
          if (n.person) return `<b>${escape(n.person.name)}</b><br/>${escape(n.person.title)} · ${escape(n.person.level)}${n.lead ? `<br/>${escape(t('structure.org.lead'))}` : ''}<br/><i>${escape(t('structure.org.clickPerson'))}</i>`;
          if (n.unit) return `<b>${escape(n.unit.name)}</b> · ${escape(t(`structure.kind.${n.unit.kind}`))}<br/>${escape(t('structure.org.lead'))}: ${escape(n.unit.lead?.name ?? '—')}<br/>${escape(t('structure.org.headcount', { direct: n.unit.memberCount, total: n.unit.totalMemberCount }))}`;
          return escape(n.name);
        },
      },
      series: [{
        type: 'tree',
        data: [root],
        orient: 'LR',
        top: 16, left: 150, bottom: 16, right: 240,
        roam: true,
        // Opening and closing is ours (the click handler), so that opening a unit loads its people.
        expandAndCollapse: false,
        initialTreeDepth: -1,
        symbolSize: 10,
        label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12, color: token.colorText },
        leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
        lineStyle: { color: token.colorBorder, width: 1.2, curveness: 0.5 },
        emphasis: { focus: 'descendant' },
        animationDuration: 300,
        animationDurationUpdate: 400,
      }],
    };
  }, [tree, token, t, viewer.tenant.name]);

  const height = Math.max(520, Math.min(1600, (tree?.visibleRows ?? 20) * 20));
  const matchedPeople = chart?.matchedPeople ?? [];
  const matchedUnits = chart ? chart.units.filter((u) => chart.matchedUnitIds.includes(u.id)) : [];
  const unitName = new Map((chart?.units ?? []).map((u) => [u.id, u.name]));

  return (
    <Page
      icon={<ApartmentOutlined />}
      title={t('structure.org.title')}
      extra={
        <Space wrap>
          <Button icon={<NodeExpandOutlined />} onClick={() => { setToggled(new Map()); setExpandAll(true); }} disabled={expandAll}>{t('structure.org.expandAll')}</Button>
          <Button icon={<NodeCollapseOutlined />} onClick={() => { reset(); setSearch(''); }}>{t('structure.org.collapse')}</Button>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('structure.org.search')}
          placeholder={t('structure.org.search')}
          allowClear
          enterButton
          defaultValue={search}
          onSearch={(v) => { setSearch(v.trim()); reset(); }}
          style={{ width: 320 }}
          data-testid="org-search"
        />
        <UnitSelect units={units.data?.orgUnits ?? []} value={rootUnitId} onChange={(id) => { setRootUnitId(id); reset(); }} placeholder={t('structure.org.root')} loading={units.isLoading} />
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>{t('structure.org.hint')}</Typography.Text>
      </Flex>
      <OrgUnitToolbar units={units.data?.orgUnits ?? []} />
      {search && chart && (
        <div data-testid="org-matches" style={{ marginBottom: 12 }}>
          {matchedPeople.length + matchedUnits.length === 0 ? (
            <Alert type="info" showIcon title={t('structure.org.noMatch', { search })} />
          ) : (
            <List
              size="small"
              bordered
              header={<b>{t('structure.org.matches', { count: matchedPeople.length + matchedUnits.length })}</b>}
              dataSource={[...matchedUnits.map((u) => ({ key: `u:${u.id}`, unit: u, person: null })), ...matchedPeople.map((p) => ({ key: `p:${p.id}`, unit: null, person: p }))]}
              renderItem={(row) => (
                <List.Item key={row.key}>
                  {row.person ? (
                    <Space>
                      <NavLink to={`/people/${row.person.id}`} testId="org-match-person">{row.person.name}</NavLink>
                      <Typography.Text type="secondary">{row.person.title}</Typography.Text>
                      {row.person.orgUnitId && <Tag>{unitName.get(row.person.orgUnitId)}</Tag>}
                    </Space>
                  ) : row.unit ? (
                    <Space>
                      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => { setRootUnitId(row.unit!.id); setSearch(''); reset(); }}>{row.unit.name}</Button>
                      <Tag color="blue">{t(`structure.kind.${row.unit.kind}`)}</Tag>
                      <Typography.Text type="secondary">{t('structure.org.headcount', { direct: row.unit.memberCount, total: row.unit.totalMemberCount })}</Typography.Text>
                    </Space>
                  ) : null}
                </List.Item>
              )}
            />
          )}
        </div>
      )}
      {overBudget && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('structure.org.tooMany', { count: MEMBER_BUDGET })} data-testid="org-too-many" />}
      {members.error && <LoadFailed error={members.error} retry={members.refetch} />}
      {error && !chart ? <LoadFailed error={error} retry={refetch} /> : isLoading && !chart ? null : !option ? <Empty /> : (
        <Chart
          option={option}
          parts={TreeChart}
          height={height}
          merge
          ariaLabel={t('structure.org.title')}
          testId="org-chart"
          onEvents={{
            click: (p: { data?: TreeNode }) => {
              if (p.data?.kind === 'person') navigate(`/people/${p.data.entityId}`);
              const unit = p.data?.kind === 'unit' ? p.data : null;
              if (unit?.unit && (unit.unit.childIds.length > 0 || unit.unit.memberCount > 0)) setToggled((prev) => new Map(prev).set(unit.entityId, !!unit.collapsed));
            },
          }}
        />
      )}
    </Page>
  );
}
