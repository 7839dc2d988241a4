/**
 * Where the spinnenweb's axis labels go, and how large the web may be so that every label is
 * whole inside the chart. chart.js fits its own labels in one pass and shrinks the web by at
 * most half, so on a tablet-sized canvas a long label ("Me fijn voelen in de klas") was cut off
 * at the edge; this finds the largest web for which every label box fits. Pure: no DOM, no
 * chart.js.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelSize {
  width: number;
  height: number;
}

/** How a label hangs from its point, as chart.js sets its point labels. */
export interface PlacedLabel extends Box {
  align: 'left' | 'center' | 'right';
}

/**
 * A label's box at `angle` (radians, 0 at the top, clockwise), `distance` from the centre: at the
 * top and bottom it is centred on its point, on the right it starts at it, on the left it ends
 * there; above the middle it sits on its point, below it hangs from it.
 */
export function placeLabel(
  centre: { x: number; y: number },
  angle: number,
  distance: number,
  size: LabelSize,
): PlacedLabel {
  const x = centre.x + Math.sin(angle) * distance;
  const y = centre.y - Math.cos(angle) * distance;
  const degrees = Math.round((angle * 180) / Math.PI) % 360;
  const align = degrees === 0 || degrees === 180 ? 'center' : degrees < 180 ? 'left' : 'right';
  const left = align === 'center' ? x - size.width / 2 : align === 'left' ? x : x - size.width;
  const top =
    degrees === 90 || degrees === 270
      ? y - size.height / 2
      : degrees < 90 || degrees > 270
        ? y - size.height
        : y;
  return { align, left, top, right: left + size.width, bottom: top + size.height };
}

const inside = (box: Box, area: Box) =>
  box.left >= area.left &&
  box.right <= area.right &&
  box.top >= area.top &&
  box.bottom <= area.bottom;

/**
 * The largest radius (to the nearest pixel) for which every label, `gap` beyond the web's rim,
 * fits inside `area`, with the web in the middle of the area; and the labels' boxes there.
 * When nothing fits, the smallest web (radius 0) and its boxes.
 */
export function fitLabels(
  area: Box,
  sizes: readonly LabelSize[],
  angles: readonly number[],
  gap: number,
): { centre: { x: number; y: number }; radius: number; labels: PlacedLabel[] } {
  const centre = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
  const place = (radius: number) =>
    sizes.map((size, index) => placeLabel(centre, angles[index]!, radius + gap, size));
  let low = 0;
  let high = Math.floor(Math.min(area.right - area.left, area.bottom - area.top) / 2);
  // The boxes move outwards as the web grows: the largest fitting radius is found by halving.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (place(middle).every((box) => inside(box, area))) low = middle;
    else high = middle - 1;
  }
  return { centre, radius: low, labels: place(low) };
}
