// The insights pages' ECharts component, tree-shaken to what they draw (bars and lines). Loaded only
// by the pages that chart something; follows the console's language and light/dark theme and
// resizes with its container.
import { useCadre } from '@cadre/sdk/console';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { theme as antdTheme } from 'antd';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  ariaLabel: string;
  testId?: string;
  onEvents?: Record<string, (params: any) => void>;
  /** Keep the chart's own state (collapsed nodes, zoom) across option updates. */
  merge?: boolean;
}

export function Chart({ option, height = 300, ariaLabel, testId, onEvents, merge }: ChartProps) {
  const { locale } = useCadre();
  const { token } = antdTheme.useToken();
  const dark = isDark(token.colorBgContainer);
  return (
    <div role="img" aria-label={ariaLabel} data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ backgroundColor: 'transparent', animationDuration: 400, ...option }}
        theme={dark ? 'dark' : undefined}
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
