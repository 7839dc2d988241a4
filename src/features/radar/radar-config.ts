/**
 * The spinnenweb's chart.js set-up, shared by the chart on screen and the printed image.
 * chart.js (with only what a radar needs) loads the first time a spinnenweb is drawn.
 */
import type { ChartConfiguration } from 'chart.js';
import type * as ChartJsModule from 'chart.js';
import type { RadarData, SeriesKey } from './radar-data';
import { labelLines } from './radar-labels';
import { radarLabelPlugin } from './radar-label-plugin';

type ChartJs = typeof ChartJsModule;
export type SeriesNames = Record<SeriesKey, string>;

// Okabe–Ito colours, told apart by people with colour blindness, and by line style and point
// shape as well, so no one depends on colour.
const STYLES: Record<SeriesKey, { colour: string; fill: string; dash: number[]; point: string }> = {
  now: { colour: '#0072B2', fill: 'rgba(0, 114, 178, 0.2)', dash: [], point: 'circle' },
  month: { colour: '#E69F00', fill: 'rgba(230, 159, 0, 0.15)', dash: [10, 6], point: 'triangle' },
  previous: { colour: '#555555', fill: 'transparent', dash: [3, 4], point: 'rect' },
};

let chartModule: Promise<ChartJs> | undefined;
export function loadChart() {
  chartModule ??= import('chart.js').then((module) => {
    module.Chart.register(
      module.RadarController,
      module.RadialLinearScale,
      module.PointElement,
      module.LineElement,
      module.Filler,
      module.Legend,
      module.Tooltip,
    );
    return module;
  });
  return chartModule;
}

/** Below this width (CSS pixels) the labels get smaller, down to 3/4, so the web keeps room. */
const FULL_LABELS_FROM = 400;

/** `scale` enlarges lines and letters for an image drawn bigger than the screen's chart. */
export function configOf(
  data: RadarData,
  names: SeriesNames,
  animate: boolean,
  scale = 1,
): ChartConfiguration<'radar'> {
  const labels = (width: number) => ({
    size: 16 * scale * Math.min(1, Math.max(0.75, width / scale / FULL_LABELS_FROM)),
    gap: 5 * scale,
    colour: '#1f2937',
  });
  return {
    type: 'radar',
    data: {
      // In lines, so a long label takes less room beside the web.
      labels: data.labels.map((label) => labelLines(label)),
      datasets: data.series.map((series) => {
        const style = STYLES[series.key];
        return {
          label: names[series.key],
          data: series.values,
          borderColor: style.colour,
          backgroundColor: style.fill,
          borderDash: style.dash.map((length) => length * scale),
          borderWidth: 3 * scale,
          pointStyle: style.point,
          pointRadius: 6 * scale,
          pointBackgroundColor: style.colour,
          fill: series.key !== 'previous',
          spanGaps: true,
        };
      }),
    },
    options: {
      animation: animate ? { duration: 400 } : false,
      maintainAspectRatio: true,
      aspectRatio: 1,
      layout: { padding: 6 * scale },
      scales: {
        r: {
          min: 0,
          max: 10,
          ticks: { stepSize: 2, font: { size: 14 * scale }, backdropColor: 'transparent' },
          // Drawn by radarLabelPlugin, which sizes the web to leave them room.
          pointLabels: { display: false },
          grid: { color: '#9ca3af' },
          angleLines: { color: '#9ca3af' },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { font: { size: 16 * scale }, usePointStyle: true },
        },
      },
    },
    plugins: [radarLabelPlugin(labels)],
  };
}
