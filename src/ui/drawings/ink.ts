/** The one outline every drawing uses: dark, bold, rounded, so the pictures read at 48 px. */
export const INK = '#1f2937';
export const line = {
  stroke: INK,
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'stroke-linecap': 'round',
} as const;
