// The nine pictures of a pupil's sign-in code. Built in, not images or emoji: the app is offline,
// sends no request to another origin, and must look the same on every tablet.
import type { JSX } from 'preact';
import { ownEntry } from '../own-entry';
import { INK, line } from './ink';

export const CODE_PICTURE_IDS = [
  'sun',
  'tree',
  'house',
  'car',
  'ball',
  'star',
  'apple',
  'fish',
  'flower',
] as const;
export type CodePictureId = (typeof CODE_PICTURE_IDS)[number];

const PICTURES: Record<CodePictureId, () => JSX.Element> = {
  sun: () => (
    <>
      <g {...line}>
        {[0, 45, 90, 135, 180, 225, 270, 315].map((angle) => (
          <path key={angle} d="M50 6v14" transform={`rotate(${angle} 50 50)`} />
        ))}
      </g>
      <circle cx="50" cy="50" r="22" fill="#facc15" {...line} />
    </>
  ),
  tree: () => (
    <>
      <rect x="43" y="58" width="14" height="32" fill="#92400e" {...line} />
      <circle cx="50" cy="38" r="28" fill="#16a34a" {...line} />
    </>
  ),
  house: () => (
    <>
      <path d="M18 48 50 18l32 30" fill="#dc2626" {...line} />
      <rect x="24" y="46" width="52" height="40" fill="#fde68a" {...line} />
      <rect x="43" y="62" width="14" height="24" fill="#92400e" {...line} />
    </>
  ),
  car: () => (
    <>
      <path d="M12 62V50l12-2 10-14h30l12 14 12 2v12z" fill="#2563eb" {...line} />
      <path d="M38 38h10v10H30zM54 38h8l8 10H54z" fill="#bfdbfe" {...line} />
      <circle cx="30" cy="66" r="9" fill={INK} />
      <circle cx="72" cy="66" r="9" fill={INK} />
    </>
  ),
  ball: () => (
    <>
      <circle cx="50" cy="50" r="36" fill="#f8fafc" {...line} />
      <path d="M50 34l15 11-6 18H41l-6-18z" fill={INK} />
      <path d="M50 14v20M65 45l19-6M59 63l12 15M41 63 29 78M35 45l-19-6" {...line} fill="none" />
    </>
  ),
  star: () => (
    <path d="M50 10l11 24 26 3-20 18 6 26-23-13-23 13 6-26-20-18 26-3z" fill="#f97316" {...line} />
  ),
  apple: () => (
    <>
      <path
        d="M50 30c-10-8-34-6-34 20 0 22 16 38 26 38 4 0 6-2 8-2s4 2 8 2c10 0 26-16 26-38 0-26-24-28-34-20z"
        fill="#ef4444"
        {...line}
      />
      <path d="M50 30c0-8 2-14 6-18" fill="none" {...line} />
      <path d="M56 20c8-6 16-4 18 0-6 6-14 6-18 0z" fill="#22c55e" {...line} />
    </>
  ),
  fish: () => (
    <>
      <path d="M14 50c12-18 44-22 60 0-16 22-48 18-60 0z" fill="#38bdf8" {...line} />
      <path d="M74 50l14-14v28z" fill="#38bdf8" {...line} />
      <circle cx="30" cy="46" r="4" fill={INK} />
    </>
  ),
  flower: () => (
    <>
      <path d="M50 60v30" {...line} />
      <path d="M50 80c-8-8-18-8-22-4 6 8 16 8 22 4z" fill="#22c55e" {...line} />
      {[0, 72, 144, 216, 288].map((angle) => (
        <ellipse
          key={angle}
          cx="50"
          cy="22"
          rx="10"
          ry="14"
          fill="#e879f9"
          {...line}
          transform={`rotate(${angle} 50 40)`}
        />
      ))}
      <circle cx="50" cy="40" r="9" fill="#facc15" {...line} />
    </>
  ),
};

export function CodePicture({ id, size = '100%' }: { id: CodePictureId; size?: number | string }) {
  const draw = ownEntry(PICTURES, id) ?? PICTURES[CODE_PICTURE_IDS[0]];
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      {draw()}
    </svg>
  );
}
