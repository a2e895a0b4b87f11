// ECharts for every chart in the console, tree-shaken to what we draw. Loaded only by the
// widgets and pages that chart something, so it stays out of the first page's JavaScript.
import { BarChart, HeatmapChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { usePreferences } from '../preferences/usePreferences';

echarts.use([BarChart, LineChart, PieChart, ScatterChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent, VisualMapComponent, CanvasRenderer]);

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  ariaLabel: string;
}

/** One chart following the console's theme (light or dark) and resizing with its container. */
export function Chart({ option, height = 260, ariaLabel }: ChartProps) {
  const { theme, locale } = usePreferences();
  return (
    <div role="img" aria-label={ariaLabel}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ backgroundColor: 'transparent', ...option }}
        theme={theme === 'dark' ? 'dark' : undefined}
        opts={{ renderer: 'canvas', locale: locale === 'zh-CN' ? 'ZH' : 'EN' }}
        notMerge
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
