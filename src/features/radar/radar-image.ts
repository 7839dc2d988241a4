import type { Chart as ChartType } from 'chart.js';
import { MIN_RADAR_TOPICS, type RadarData } from './radar-data';
import { configOf, loadChart, type SeriesNames } from './radar-config';

/**
 * The image is drawn as a chart of this many CSS pixels would be, enlarged: a printed web is
 * 10 cm wide (378 CSS pixels), so its labels print at about 9.5 pt, and the web itself keeps
 * most of the square.
 */
const DRAWN_AS = 480;

/** Lets the browser handle a tap or paint between two webs, so no task runs for long. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The spinnenwebben as PNGs `size` pixels wide and high, by key, for the printed sheets: a printed page
 * holds an image, never a live canvas, and a screen-sized chart would print blurred. One chart
 * on one canvas draws them all, one after the other (a new chart per web cost more than the
 * drawing); a web with too few topics to draw gets no image.
 */
export async function radarImages(
  webs: ReadonlyMap<string, RadarData>,
  names: SeriesNames,
  size: { width: number; height: number },
  gone: () => boolean = () => false,
): Promise<Map<string, Blob>> {
  const images = new Map<string, Blob>();
  const drawable = [...webs].filter(([, data]) => data.labels.length >= MIN_RADAR_TOPICS);
  if (drawable.length === 0) return images;
  const { Chart } = await loadChart();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  let chart: ChartType<'radar'> | undefined;
  try {
    for (const [key, data] of drawable) {
      if (gone()) break;
      const config = configOf(data, names, false, size.width / DRAWN_AS);
      if (chart) {
        chart.data = config.data;
        chart.update('none');
      } else {
        config.options = {
          ...config.options,
          responsive: false,
          devicePixelRatio: 1,
          aspectRatio: size.width / size.height,
        };
        chart = new Chart(canvas, config);
      }
      // Encoded one at a time: starting the next while one encodes (measured) was slower on a
      // throttled two-core tablet, and each waiting encoding holds a copy of the pixels.
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (blob) images.set(key, blob);
      await nextTask();
    }
  } finally {
    chart?.destroy();
  }
  return images;
}
