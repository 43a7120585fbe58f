/**
 * Apache ECharts, tree-shaken to what our charts use (line and scatter series, grid, tooltip,
 * legend, zoom, mark lines and areas; our own aria-label describes the chart) and drawn as SVG. Tooltips render as
 * rich text on the chart, not as HTML with inline styles, which the CSP (default-src 'self') refuses.
 */
import { LineChart, ScatterChart, BarChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  ScatterChart,
  BarChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
