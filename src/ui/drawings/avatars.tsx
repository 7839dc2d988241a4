// The pupils' avatar drawings: friendly animal faces on a coloured disc. Built in, not images or
// emoji: the app is offline, sends no request to another origin, and looks the same on every device.
import type { JSX } from 'preact';
import { INK, line } from './ink';
import { AVATAR_COLOURS, type AvatarDrawingId } from '../../db/vocabulary';
import { ownEntry } from '../own-entry';

// The drawings and colours a pupil can have are stored words, defined once with the others.
export { AVATAR_DRAWINGS as AVATAR_IDS, AVATAR_COLOURS } from '../../db/vocabulary';
export type { AvatarDrawingId as AvatarId, AvatarColour } from '../../db/vocabulary';

function Eyes({ y = 48, gap = 10, r = 4 }: { y?: number; gap?: number; r?: number }) {
  return (
    <>
      <circle cx={50 - gap} cy={y} r={r} fill={INK} />
      <circle cx={50 + gap} cy={y} r={r} fill={INK} />
    </>
  );
}

function Smile({ y = 62, w = 8 }: { y?: number; w?: number }) {
  return <path d={`M${50 - w} ${y}q${w} ${w * 0.8} ${w * 2} 0`} fill="none" {...line} />;
}

const FACES: Record<AvatarDrawingId, () => JSX.Element> = {
  cat: () => (
    <>
      <path d="M26 40 28 16l16 14M74 40 72 16 56 30" fill="#f59e0b" {...line} />
      <circle cx="50" cy="54" r="26" fill="#f59e0b" {...line} />
      <Eyes y={50} />
      <path d="M47 58h6l-3 4z" fill={INK} />
      <path d="M30 60h-12M30 64l-11 4M70 60h12M70 64l11 4" {...line} />
      <Smile y={64} w={5} />
    </>
  ),
  dog: () => (
    <>
      <circle cx="50" cy="52" r="26" fill="#d6a76c" {...line} />
      <path
        d="M26 36c-10 4-12 22-6 30 6-2 10-14 8-28zM74 36c10 4 12 22 6 30-6-2-10-14-8-28z"
        fill="#7c4a1e"
        {...line}
      />
      <Eyes y={48} />
      <ellipse cx="50" cy="60" rx="6" ry="4" fill={INK} />
      <path d="M50 64v4" {...line} />
      <Smile y={68} w={5} />
    </>
  ),
  rabbit: () => (
    <>
      <ellipse cx="38" cy="24" rx="7" ry="18" fill="#f5f5f4" {...line} />
      <ellipse cx="62" cy="24" rx="7" ry="18" fill="#f5f5f4" {...line} />
      <circle cx="50" cy="58" r="24" fill="#f5f5f4" {...line} />
      <Eyes y={54} gap={9} />
      <path d="M47 62h6l-3 3z" fill="#ec4899" />
      <path d="M46 70h8M50 70v-5" {...line} />
    </>
  ),
  owl: () => (
    <>
      <path d="M24 30l10 10M76 30 66 40" {...line} />
      <ellipse cx="50" cy="56" rx="28" ry="30" fill="#a16207" {...line} />
      <circle cx="38" cy="48" r="10" fill="#fef3c7" {...line} />
      <circle cx="62" cy="48" r="10" fill="#fef3c7" {...line} />
      <Eyes y={48} gap={12} r={4} />
      <path d="M46 58h8l-4 7z" fill="#f59e0b" {...line} />
    </>
  ),
  fox: () => (
    <>
      <path d="M24 44 26 14l18 18M76 44 74 14 56 32" fill="#ea580c" {...line} />
      <path d="M22 42c4-10 16-14 28-14s24 4 28 14L50 82z" fill="#ea580c" {...line} />
      <path d="M30 52c8 2 14 8 20 30 6-22 12-28 20-30" fill="#fff7ed" {...line} />
      <Eyes y={48} gap={11} />
      <circle cx="50" cy="76" r="4" fill={INK} />
    </>
  ),
  bear: () => (
    <>
      <circle cx="30" cy="32" r="9" fill="#92400e" {...line} />
      <circle cx="70" cy="32" r="9" fill="#92400e" {...line} />
      <circle cx="50" cy="54" r="26" fill="#92400e" {...line} />
      <ellipse cx="50" cy="62" rx="11" ry="9" fill="#fde68a" {...line} />
      <Eyes y={48} />
      <ellipse cx="50" cy="59" rx="4" ry="3" fill={INK} />
      <path d="M46 66q4 3 8 0" fill="none" {...line} />
    </>
  ),
  frog: () => (
    <>
      <circle cx="34" cy="34" r="11" fill="#4ade80" {...line} />
      <circle cx="66" cy="34" r="11" fill="#4ade80" {...line} />
      <ellipse cx="50" cy="58" rx="30" ry="22" fill="#4ade80" {...line} />
      <circle cx="34" cy="34" r="4" fill={INK} />
      <circle cx="66" cy="34" r="4" fill={INK} />
      <path d="M34 62q16 12 32 0" fill="none" {...line} />
    </>
  ),
  turtle: () => (
    <>
      <circle cx="50" cy="30" r="14" fill="#86efac" {...line} />
      <circle cx="45" cy="28" r="2.5" fill={INK} />
      <circle cx="55" cy="28" r="2.5" fill={INK} />
      <path d="M45 35q5 3 10 0" fill="none" {...line} />
      <ellipse cx="50" cy="64" rx="28" ry="20" fill="#15803d" {...line} />
      <path d="M50 44v40M30 56l40 16M70 56 30 72" stroke="#bbf7d0" stroke-width="3" />
    </>
  ),
  lion: () => (
    <>
      <circle cx="50" cy="52" r="34" fill="#b45309" {...line} />
      <circle cx="50" cy="54" r="22" fill="#facc15" {...line} />
      <Eyes y={50} gap={8} />
      <path d="M46 58h8l-4 5z" fill={INK} />
      <Smile y={66} w={5} />
    </>
  ),
  penguin: () => (
    <>
      <ellipse cx="50" cy="54" rx="28" ry="32" fill={INK} {...line} />
      <path
        d="M50 30c14 0 20 12 18 26-2 16-10 24-18 24s-16-8-18-24c-2-14 4-26 18-26z"
        fill="#f8fafc"
      />
      <Eyes y={46} gap={8} />
      <path d="M44 54h12l-6 7z" fill="#f59e0b" {...line} />
    </>
  ),
  whale: () => (
    <>
      <path
        d="M14 58c0-18 16-28 36-28 22 0 34 12 34 26 0 14-14 22-36 22-20 0-34-6-34-20z"
        fill="#3b82f6"
        {...line}
      />
      <path d="M84 50l10-12M84 50l10 8" {...line} />
      <path
        d="M44 22c0-6 4-8 6-12M50 22c2-6 6-8 10-8"
        fill="none"
        stroke="#0ea5e9"
        stroke-width="3"
        stroke-linecap="round"
      />
      <circle cx="34" cy="52" r="4" fill={INK} />
      <path d="M24 64q14 8 30 2" fill="none" {...line} />
    </>
  ),
  butterfly: () => (
    <>
      <path
        d="M50 46C40 22 16 20 16 36c0 12 16 16 34 12zM50 46c10-24 34-26 34-10 0 12-16 16-34 12z"
        fill="#c084fc"
        {...line}
      />
      <path
        d="M50 52c-10 4-26 10-22 22 6 8 18 0 22-14zM50 52c10 4 26 10 22 22-6 8-18 0-22-14z"
        fill="#f472b6"
        {...line}
      />
      <ellipse cx="50" cy="52" rx="5" ry="20" fill={INK} />
      <path d="M48 34c-2-8-6-12-10-14M52 34c2-8 6-12 10-14" fill="none" {...line} />
    </>
  ),
  elephant: () => (
    <>
      <ellipse cx="24" cy="48" rx="14" ry="20" fill="#9ca3af" {...line} />
      <ellipse cx="76" cy="48" rx="14" ry="20" fill="#9ca3af" {...line} />
      <circle cx="50" cy="46" r="22" fill="#9ca3af" {...line} />
      <path d="M44 58c0 10 0 20 8 24 4 2 8-2 6-4-4-2-4-10-4-20" fill="#9ca3af" {...line} />
      <Eyes y={42} gap={9} />
    </>
  ),
  hedgehog: () => (
    <>
      <path
        d="M18 64l4-12-6-8 10-4v-12l10 4 6-10 8 8 10-6 4 10 12-2-2 12 10 6-8 8 6 10z"
        fill="#78350f"
        {...line}
      />
      <ellipse cx="50" cy="62" rx="22" ry="18" fill="#fde68a" {...line} />
      <Eyes y={58} gap={8} />
      <circle cx="50" cy="68" r="4" fill={INK} />
    </>
  ),
  mouse: () => (
    <>
      <circle cx="28" cy="34" r="14" fill="#d1d5db" {...line} />
      <circle cx="72" cy="34" r="14" fill="#d1d5db" {...line} />
      <circle cx="28" cy="34" r="7" fill="#fbcfe8" />
      <circle cx="72" cy="34" r="7" fill="#fbcfe8" />
      <ellipse cx="50" cy="58" rx="24" ry="22" fill="#d1d5db" {...line} />
      <Eyes y={54} gap={9} />
      <circle cx="50" cy="64" r="3.5" fill="#ec4899" />
      <path d="M38 64h-14M62 64h14" {...line} />
    </>
  ),
  ladybug: () => (
    <>
      <circle cx="50" cy="28" r="12" fill={INK} />
      <path d="M44 18l-6-8M56 18l6-8" {...line} />
      <circle cx="50" cy="58" r="28" fill="#ef4444" {...line} />
      <path d="M50 30v56" {...line} />
      <circle cx="36" cy="50" r="5" fill={INK} />
      <circle cx="64" cy="50" r="5" fill={INK} />
      <circle cx="38" cy="70" r="5" fill={INK} />
      <circle cx="62" cy="70" r="5" fill={INK} />
      <circle cx="46" cy="26" r="2.5" fill="#fff" />
      <circle cx="54" cy="26" r="2.5" fill="#fff" />
    </>
  ),
};

export function AvatarDrawing({
  id,
  colour,
  size = '100%',
}: {
  id: string;
  colour: string;
  size?: number | string;
}) {
  // Whatever a row says, every pupil gets a face: an unknown drawing or colour is the first one.
  const draw = ownEntry(FACES, id) ?? FACES.cat;
  const fill = (AVATAR_COLOURS as readonly string[]).includes(colour) ? colour : AVATAR_COLOURS[0];
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="50" fill={fill} />
      {draw()}
    </svg>
  );
}
