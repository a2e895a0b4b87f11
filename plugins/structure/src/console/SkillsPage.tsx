// Skills per team: an ECharts heatmap of units × skills, coloured by the mean level (0–5) or by
// how many members reach the threshold level; filter by skill category.
import { useCadreQuery } from '@cadre/sdk/console';
import { LoadFailed, NavLink, Page } from '@cadre/sdk/console/kit';
import { Chart } from '@cadre/sdk/console/chart';
import { Empty, Flex, InputNumber, Segmented, Select, Space, Switch, Typography } from 'antd';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { useMemo, useState } from 'react';
import { HEATMAP, SKILL_CATEGORIES } from './api.js';
import { useT } from './i18n.js';
import { escapeHtml } from './format.js';

// Series beyond the chart kit's bars and lines.
const SERIES = [HeatmapChart, VisualMapComponent];

type Metric = 'average' | 'atLeast';

export default function SkillsPage() {
  const t = useT();
  const categories = useCadreQuery(SKILL_CATEGORIES, {});
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [threshold, setThreshold] = useState(3);
  const [recursive, setRecursive] = useState(true);
  const [metric, setMetric] = useState<Metric>('average');
  const firstCategory = categories.data?.skillCategories[0]?.id ?? null;
  const category = categoryId ?? firstCategory;
  const { data, error, isLoading, refetch } = useCadreQuery(HEATMAP, { input: { categoryId: category, threshold, recursive } }, { enabled: !!category });
  const heatmap = data?.skillHeatmap;

  const option = useMemo(() => {
    if (!heatmap) return null;
    const units = heatmap.units;
    const skills = heatmap.skills;
    const unitIndex = new Map(units.map((u, i) => [u.id, i]));
    const skillIndex = new Map(skills.map((s, i) => [s.id, i]));
    const max = metric === 'average' ? 5 : Math.max(1, ...heatmap.cells.map((c) => c.atLeast));
    const cells = heatmap.cells.map((c) => [skillIndex.get(c.skillId)!, unitIndex.get(c.unitId)!, metric === 'average' ? Math.round(c.average * 100) / 100 : c.atLeast, c.assessed, c.average, c.atLeast]);
    return {
      tooltip: {
        position: 'top',
        formatter: (p: { value: number[] }) => {
          const [x, y, , assessed, average, atLeast] = p.value;
          const unit = units[y!]!;
          return `<b>${escapeHtml(unit.name)}</b> · ${escapeHtml(skills[x!]!.name)}<br/>${escapeHtml(t('structure.skills.tipAverage', { value: Math.round(average! * 100) / 100 }))}<br/>`
            + `${escapeHtml(t('structure.skills.tipAtLeast', { count: atLeast!, threshold: heatmap.threshold, headcount: unit.headcount }))}<br/>${escapeHtml(t('structure.skills.tipAssessed', { count: assessed! }))}`;
        },
      },
      grid: { left: 160, right: 40, top: 20, bottom: 130 },
      xAxis: { type: 'category', data: skills.map((s) => s.name), axisLabel: { rotate: 40, interval: 0, width: 120, overflow: 'truncate' }, splitArea: { show: true } },
      yAxis: { type: 'category', data: units.map((u) => `${u.name} (${u.headcount})`), inverse: true, axisLabel: { width: 150, overflow: 'truncate' }, splitArea: { show: true } },
      visualMap: { min: 0, max, dimension: 2, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f0f5ff', '#85a5ff', '#2f54eb', '#10239e'] } },
      series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 11, formatter: (p: { value: number[] }) => (metric === 'average' ? p.value[2]!.toFixed(1) : String(p.value[2])) }, emphasis: { itemStyle: { shadowBlur: 8, shadowColor: 'rgba(0,0,0,0.4)' } } }],
    };
  }, [heatmap, metric, t]);

  return (
    <Page title={t('structure.skills.title')} extra={<NavLink to="/structure/skills/taxonomy" testId="to-taxonomy">{t('structure.nav.taxonomy')}</NavLink>}>
      <Flex wrap gap={16} align="center" style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('structure.skills.category')}
          style={{ width: 240 }}
          loading={categories.isLoading}
          value={category ?? undefined}
          onChange={(v) => setCategoryId(v)}
          options={(categories.data?.skillCategories ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.skills.length})` }))}
        />
        <Segmented<Metric>
          value={metric}
          onChange={setMetric}
          options={[{ value: 'average', label: t('structure.skills.average') }, { value: 'atLeast', label: t('structure.skills.atLeast', { threshold }) }]}
        />
        <Space>
          <Typography.Text>{t('structure.skills.threshold')}</Typography.Text>
          <InputNumber aria-label={t('structure.skills.threshold')} min={1} max={5} value={threshold} onChange={(v) => setThreshold(v ?? 3)} style={{ width: 70 }} />
        </Space>
        <Space>
          <Switch checked={recursive} onChange={setRecursive} aria-label={t('structure.skills.recursive')} />
          <Typography.Text>{t('structure.skills.recursive')}</Typography.Text>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary">{t('structure.skills.explain')}</Typography.Paragraph>
      {error && !heatmap ? <LoadFailed error={error} retry={refetch} /> : isLoading && !heatmap ? null : !option || !heatmap?.skills.length ? <Empty /> : (
        <Chart parts={SERIES} option={option} height={Math.max(360, heatmap.units.length * 34 + 170)} ariaLabel={t('structure.skills.title')} testId="skills-heatmap" />
      )}
    </Page>
  );
}
