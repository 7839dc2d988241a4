import { useEffect, useRef } from 'preact/hooks';
import type { Chart as ChartType } from 'chart.js';
import { MIN_RADAR_TOPICS, radarSummary, type RadarData } from './radar-data';
import { configOf, loadChart, type SeriesNames } from './radar-config';
import './radar.css';
import { runAction } from '../../app/action';

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
    runAction(() =>
      loadChart().then(({ Chart }) => {
        if (gone || !canvas.current) return;
        if (chart.current) {
          chart.current.data = configOf(data, names, false).data;
          chart.current.update();
        } else {
          chart.current = new Chart(canvas.current, configOf(data, names, !reduced));
        }
        // The benchmark measures from the tap up to here: the web is drawn.
        performance.mark('pp:spinnenweb-ready');
      }),
    );
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
