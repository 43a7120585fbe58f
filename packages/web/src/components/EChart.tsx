/** One ECharts chart in a div: created on mount, updated when the option changes, resized with the window. */
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from '../lib/echarts';

export function EChart({
  option,
  height,
  label,
  testId,
}: {
  option: ChartOption;
  height: number;
  label: string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useEffect(() => {
    const c = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = c;
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} className="echart" role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}
