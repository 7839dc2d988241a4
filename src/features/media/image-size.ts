/** Pure geometry for downscaling photos on the device. */

export interface Size {
  width: number;
  height: number;
}

/** The largest size with the same aspect ratio that fits in a `max` × `max` box (never upscales). */
export function fitWithin(size: Size, max: number): Size {
  const scale = Math.min(1, max / Math.max(size.width, size.height));
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

/** The centred square of an image, for portraits. */
export function centreSquare(size: Size): { x: number; y: number; side: number } {
  const side = Math.min(size.width, size.height);
  return {
    x: Math.round((size.width - side) / 2),
    y: Math.round((size.height - side) / 2),
    side,
  };
}
