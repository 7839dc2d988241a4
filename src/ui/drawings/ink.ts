/** The one outline every drawing uses: dark, bold, rounded, so the pictures read at 48 px. */
export const INK = '#1f2937';
export const line = {
  stroke: INK,
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'stroke-linecap': 'round',
} as const;

/** The frame of a decorative drawing: a 100 × 100 picture beside words that already say it. */
export const drawingFrame = (size: number, className: string) => ({
  viewBox: '0 0 100 100',
  width: size,
  height: size,
  'aria-hidden': 'true' as const,
  focusable: 'false' as const,
  class: className,
});
