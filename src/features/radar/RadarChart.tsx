import { useEffect, useRef } from 'preact/hooks';
import type { Chart as ChartType, ChartConfiguration } from 'chart.js';
import type * as ChartJsModule from 'chart.js';

type ChartJs = typeof ChartJsModule;
import { MIN_RADAR_TOPICS, radarSummary, type RadarData, type SeriesKey } from './radar-data';
import './radar.css';

export type SeriesNames = Record<SeriesKey, string>;

// Okabe–Ito colours, told apart by people with colour blindness, and by line style and point
// shape as well, so no one depends on colour.
const STYLES: Record<SeriesKey, { colour: string; fill: string; dash: number[]; point: string }> = {
  now: { colour: '#0072B2', fill: 'rgba(0, 114, 178, 0.2)', dash: [], point: 'circle' },
  month: { colour: '#E69F00', fill: 'rgba(230, 159, 0, 0.15)', dash: [10, 6], point: 'triangle' },
  previous: { colour: '#555555', fill: 'transparent', dash: [3, 4], point: 'rect' },
};

/** chart.js with only what a radar needs, loaded the first time a spinnenweb is shown. */
let chartModule: Promise<ChartJs> | undefined;
function loadChart() {
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

function configOf(
  data: RadarData,
  names: SeriesNames,
  animate: boolean,
): ChartConfiguration<'radar'> {
  return {
    type: 'radar',
    data: {
      labels: data.labels,
      datasets: data.series.map((series) => {
        const style = STYLES[series.key];
        return {
          label: names[series.key],
          data: series.values,
          borderColor: style.colour,
          backgroundColor: style.fill,
          borderDash: style.dash,
          borderWidth: 3,
          pointStyle: style.point,
          pointRadius: 6,
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
      scales: {
        r: {
          min: 0,
          max: 10,
          ticks: { stepSize: 2, font: { size: 14 }, backdropColor: 'transparent' },
          pointLabels: { font: { size: 16, weight: 'bold' }, color: '#1f2937' },
          grid: { color: '#9ca3af' },
          angleLines: { color: '#9ca3af' },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { font: { size: 16 }, usePointStyle: true } },
      },
    },
  };
}

interface RadarChartProps {
  data: RadarData;
  names: SeriesNames;
  title: string;
  notRated: string;
}

/** The spinnenweb on a canvas, with the same numbers in a table next to it. */
export function RadarChart({ data, names, title, notRated }: RadarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType<'radar'>>();
  const drawable = data.labels.length >= MIN_RADAR_TOPICS;

  useEffect(() => {
    if (!drawable) return;
    let gone = false;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    void loadChart().then(({ Chart }) => {
      if (gone || !canvas.current) return;
      if (chart.current) {
        chart.current.data = configOf(data, names, false).data;
        chart.current.update();
      } else {
        chart.current = new Chart(canvas.current, configOf(data, names, !reduced));
      }
      // The benchmark measures from the tap up to here: the web is drawn.
      performance.mark('pp:spinnenweb-ready');
    });
    return () => {
      gone = true;
    };
  }, [data, drawable]);

  useEffect(() => () => chart.current?.destroy(), []);

  const rows = radarSummary(data, notRated);
  const keys = data.series.map((series) => series.key);
  return (
    <div class="radar">
      {drawable ? (
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}: ${keys.map((key) => names[key]).join(', ')}`}
        />
      ) : null}
      <table class="radar-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{title}</span>
            </th>
            {keys.map((key) => (
              <th scope="col" key={key}>
                {names[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {keys.map((key) => (
                <td key={key}>{row.values[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
