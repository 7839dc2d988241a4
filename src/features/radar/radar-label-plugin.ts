/**
 * The spinnenweb's axis labels, fitted by radar-fit.ts instead of by chart.js, which cuts a long
 * label off on a small canvas (it shrinks the web by at most half to make room). Once the chart
 * is laid out, and before its points are placed, the labels are measured and the web gets the
 * largest radius that leaves every label whole; the labels are then drawn in the boxes found.
 * chart.js's own point labels are off (radar-config.ts).
 */
import type { Chart, Plugin, RadialLinearScale } from 'chart.js';
import { fitLabels, type PlacedLabel } from './radar-fit';

export interface LabelStyle {
  /** Letter size in pixels of the canvas. */
  size: number;
  /** Room between the web's rim and a label. */
  gap: number;
  colour: string;
}

const LINE_HEIGHT = 1.2;

interface Fitted {
  labels: PlacedLabel[];
  lines: string[][];
  style: LabelStyle;
  font: string;
}

function fit(chart: Chart<'radar'>, style: LabelStyle): Fitted | undefined {
  const scale = chart.scales['r'] as RadialLinearScale | undefined;
  if (!scale) return undefined;
  const lines = (chart.data.labels ?? []).map((label) =>
    Array.isArray(label) ? label.map(String) : [String(label)],
  );
  const font = `bold ${style.size}px ${chart.options.font?.family ?? 'sans-serif'}`;
  const { ctx } = chart;
  ctx.save();
  ctx.font = font;
  const sizes = lines.map((label) => ({
    width: Math.max(0, ...label.map((line) => ctx.measureText(line).width)),
    height: label.length * style.size * LINE_HEIGHT,
  }));
  ctx.restore();
  const found = fitLabels(
    { left: scale.left, top: scale.top, right: scale.right, bottom: scale.bottom },
    sizes,
    lines.map((_, index) => scale.getIndexAngle(index)),
    style.gap,
  );
  scale.xCenter = found.centre.x;
  scale.yCenter = found.centre.y;
  // chart.js reads the web's size from here when it places the points and draws the grid.
  (scale as { drawingArea: number }).drawingArea = found.radius;
  return { labels: found.labels, lines, style, font };
}

/** `styleOf` gives the labels' look for a chart of a width, in canvas pixels. */
export function radarLabelPlugin(styleOf: (width: number) => LabelStyle): Plugin<'radar'> {
  const fitted = new WeakMap<Chart, Fitted>();
  return {
    id: 'praatpapierRadarLabels',
    afterLayout(chart) {
      const found = fit(chart, styleOf(chart.width));
      if (found) fitted.set(chart, found);
    },
    afterDatasetsDraw(chart) {
      const placed = fitted.get(chart);
      if (!placed) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = placed.font;
      ctx.fillStyle = placed.style.colour;
      ctx.textBaseline = 'top';
      placed.labels.forEach((box, index) => {
        ctx.textAlign = box.align;
        const x =
          box.align === 'left'
            ? box.left
            : box.align === 'right'
              ? box.right
              : (box.left + box.right) / 2;
        placed.lines[index]!.forEach((line, row) =>
          ctx.fillText(line, x, box.top + row * placed.style.size * LINE_HEIGHT),
        );
      });
      ctx.restore();
    },
  };
}
