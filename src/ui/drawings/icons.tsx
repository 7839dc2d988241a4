// Small pictures inside buttons, drawn rather than typed: an emoji or a symbol character is
// only as good as the tablet's fonts, and Debian's (like many cheap tablets') show an empty box.
import { line } from './ink';

const icon = (size: number) => ({
  viewBox: '0 0 100 100',
  width: size,
  height: size,
  'aria-hidden': 'true' as const,
  focusable: 'false' as const,
  class: 'button-icon',
});

/** "Add something": a plus on a disc. */
export function PlusIcon({ size = 32 }: { size?: number }) {
  return (
    <svg {...icon(size)}>
      <circle cx="50" cy="50" r="44" fill="#fff" {...line} />
      <path d="M50 28v44M28 50h44" fill="none" {...line} stroke-width="10" />
    </svg>
  );
}

/** "Done": a green tick on a disc. */
export function DoneIcon({ size = 32 }: { size?: number }) {
  return (
    <svg {...icon(size)}>
      <circle cx="50" cy="50" r="44" fill="#bbf7d0" {...line} />
      <path d="M30 52l14 14 26-30" fill="none" {...line} stroke-width="10" />
    </svg>
  );
}
