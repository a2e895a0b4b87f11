// @cadre/sdk/console/chart — ECharts for console pages, in its own entry so that only the pages
// that chart something load it (echarts is the console's largest library; the first page must
// never reach it). Registers bars and lines only, so a page that draws just those does not load
// the rest; a page drawing another kind passes its parts (`parts={[HeatmapChart,
// VisualMapComponent]}` from 'echarts/charts' and 'echarts/components'). Follows the console's
// language, light/dark theme and reduced motion, and resizes with its container.
import { theme as antdTheme } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsReactModule from 'echarts-for-react/esm/core.js';
import type { EChartsReactProps } from 'echarts-for-react/esm/types.js';
import type { ComponentType } from 'react';
import { useCadre } from '../context.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

// echarts-for-react ships ES modules without "type": "module": a bundler hands over the component
// itself, while TypeScript (NodeNext) sees a CommonJS module whose default is the component.
const ReactEChartsCore = ((EChartsReactModule as { default?: unknown }).default ?? EChartsReactModule) as ComponentType<EChartsReactProps>;

/** Series or components beyond the registered ones, as `echarts.use` takes them. */
export type ChartParts = Parameters<typeof echarts.use>[0];

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  testId?: string;
  onEvents?: Record<string, (params: any) => void>;
  /** Keep the chart's own state (collapsed nodes, zoom) across option updates. */
  merge?: boolean;
  /** Extra series kinds this chart draws (registered once; echarts ignores repeats). */
  parts?: ChartParts;
}

export function Chart({ option, height = 300, ariaLabel, testId, onEvents, merge, parts }: ChartProps) {
  const { locale } = useCadre();
  const { token } = antdTheme.useToken();
  if (parts) echarts.use(parts);
  return (
    <div role="img" aria-label={ariaLabel} data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        // No animation when the console draws none (the system asks for reduced motion).
        option={{ backgroundColor: 'transparent', animation: token.motion !== false, animationDuration: 400, ...option }}
        theme={isDark(token.colorBgContainer) ? 'dark' : undefined}
        opts={{ renderer: 'canvas', locale: locale === 'zh-CN' ? 'ZH' : 'EN' }}
        notMerge={!merge}
        onEvents={onEvents}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}

/** Is the antd container background dark (the console's dark theme)? */
function isDark(color: string): boolean {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return r! + g! + b! < 200;
}
