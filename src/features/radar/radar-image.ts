import { MIN_RADAR_TOPICS, type RadarData } from './radar-data';
import { configOf, loadChart, type SeriesNames } from './radar-config';

/**
 * The image is drawn as a chart of this many CSS pixels would be, enlarged: a printed web is
 * about 7 cm wide, smaller than on screen, and its letters must stay readable there.
 */
const DRAWN_AS = 360;

/**
 * The spinnenweb as a PNG of `sizePx` square, for the printed sheet: a printed page holds an
 * image, never a live canvas, and a screen-sized chart would print blurred. Undefined when there
 * are too few topics to draw a web.
 */
export async function radarImage(
  data: RadarData,
  names: SeriesNames,
  sizePx: number,
): Promise<Blob | undefined> {
  if (data.labels.length < MIN_RADAR_TOPICS) return undefined;
  const { Chart } = await loadChart();
  const canvas = document.createElement('canvas');
  canvas.width = sizePx;
  canvas.height = sizePx;
  const config = configOf(data, names, false, sizePx / DRAWN_AS);
  config.options = { ...config.options, responsive: false, devicePixelRatio: 1 };
  const chart = new Chart(canvas, config);
  try {
    return await new Promise<Blob | undefined>((resolve) =>
      canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/png'),
    );
  } finally {
    chart.destroy();
  }
}
