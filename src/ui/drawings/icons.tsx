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

/** "The teacher's own preparation": a notepad with a pencil. */
export function NotepadIcon({ size = 32 }: { size?: number }) {
  return (
    <svg {...icon(size)}>
      <rect x="16" y="12" width="52" height="76" rx="6" fill="#fff" {...line} stroke-width="6" />
      <path d="M28 32h28M28 48h28M28 64h16" fill="none" {...line} stroke-width="6" />
      <path d="M84 30 62 78l-8 6 1-10 22-48Z" fill="#facc15" {...line} stroke-width="5" />
    </svg>
  );
}

/** "The agreements": a clipboard with two ticked lines. */
export function AgreementsIcon({ size = 32 }: { size?: number }) {
  return (
    <svg {...icon(size)}>
      <rect x="18" y="14" width="64" height="76" rx="6" fill="#fff" {...line} stroke-width="6" />
      <rect x="36" y="8" width="28" height="14" rx="4" fill="#93c5fd" {...line} stroke-width="5" />
      <path
        d="M28 42l6 6 10-12M28 68l6 6 10-12M54 44h18M54 70h18"
        fill="none"
        {...line}
        stroke-width="6"
      />
    </svg>
  );
}
