// Pictures for choices a child makes by tapping: who may see something, how far they are.
import type { JSX } from 'preact';
import { ownEntry } from '../own-entry';
import { INK, line } from './ink';

export type PictureId =
  | 'parents'
  | 'teacher'
  | 'me'
  | 'notYet'
  | 'almost'
  | 'can'
  | 'harder'
  | 'helpOther'
  | 'child'
  | 'mumAndDad';

const person = (x: number, y: number, scale: number, colour: string) => (
  <g transform={`translate(${x} ${y}) scale(${scale})`}>
    <circle cx="0" cy="-18" r="9" fill="#fde68a" {...line} />
    <path d="M-14 16c0-14 6-24 14-24s14 10 14 24Z" fill={colour} {...line} />
  </g>
);

const PICTURES: Record<PictureId, () => JSX.Element> = {
  // A sheet of paper with two parents: "op mijn praatpapier".
  parents: () => (
    <>
      <rect x="8" y="14" width="40" height="56" rx="3" fill="#fff" {...line} />
      <path d="M16 28h24M16 40h24M16 52h16" {...line} />
      {person(66, 56, 1, '#60a5fa')}
      {person(84, 62, 0.8, '#f472b6')}
    </>
  ),
  // A teacher at the board: "alleen voor juf of meester".
  teacher: () => (
    <>
      <rect x="10" y="14" width="50" height="36" rx="2" fill="#166534" {...line} />
      <path d="M18 26h20M18 36h30" stroke="#fff" stroke-width="3" stroke-linecap="round" />
      {person(72, 60, 1.1, '#a78bfa')}
    </>
  ),
  // One child with a star: "ik" (who does it, in an agreement).
  child: () => (
    <>
      {person(50, 62, 1.4, '#34d399')}
      <path d="M78 14l4 9 10 1-7 7 2 10-9-5-9 5 2-10-7-7 10-1Z" fill="#facc15" {...line} />
    </>
  ),
  // Two grown-ups side by side: "mijn ouders" (who does it, in an agreement).
  mumAndDad: () => (
    <>
      {person(34, 64, 1.3, '#60a5fa')}
      {person(68, 64, 1.3, '#f472b6')}
    </>
  ),
  // A closed padlock: "alleen voor mij".
  me: () => (
    <>
      <path d="M34 44V32a16 16 0 0 1 32 0v12" fill="none" {...line} stroke-width="6" />
      <rect x="24" y="44" width="52" height="40" rx="6" fill="#facc15" {...line} />
      <circle cx="50" cy="60" r="5" fill={INK} />
      <path d="M50 62v10" {...line} />
    </>
  ),
  // A seed in the ground: "nog niet".
  notYet: () => (
    <>
      <path d="M8 70h84v18H8Z" fill="#92400e" {...line} />
      <ellipse cx="50" cy="66" rx="10" ry="7" fill="#a16207" {...line} />
    </>
  ),
  // A sprout: "bijna".
  almost: () => (
    <>
      <path d="M8 70h84v18H8Z" fill="#92400e" {...line} />
      <path d="M50 70V44" {...line} />
      <path
        d="M50 52c-14 0-18-10-18-14 10 0 18 4 18 14ZM50 46c12 0 16-10 16-14-10 0-16 4-16 14Z"
        fill="#16a34a"
        {...line}
      />
    </>
  ),
  // A flower in bloom: "al".
  can: () => (
    <>
      <path d="M8 76h84v14H8Z" fill="#92400e" {...line} />
      <path d="M50 76V40" {...line} />
      <path d="M50 62c-12 0-16-8-16-12 9 0 16 3 16 12Z" fill="#16a34a" {...line} />
      {[0, 72, 144, 216, 288].map((angle) => (
        <ellipse
          key={angle}
          cx="50"
          cy="16"
          rx="8"
          ry="12"
          fill="#f472b6"
          {...line}
          transform={`rotate(${angle} 50 30)`}
        />
      ))}
      <circle cx="50" cy="30" r="8" fill="#facc15" {...line} />
    </>
  ),
  // Stairs going up: "iets moeilijkers leren".
  harder: () => (
    <>
      <path d="M10 86h20V66h20V46h20V26h20v60Z" fill="#93c5fd" {...line} />
      <path d="M78 20V6l8 6Z" fill="#dc2626" {...line} />
    </>
  ),
  // Two children hand in hand: "een ander kind helpen".
  helpOther: () => (
    <>
      {person(32, 56, 1.2, '#60a5fa')}
      {person(68, 60, 1, '#f97316')}
      <path d="M46 58h8" {...line} stroke-width="5" />
    </>
  ),
};

export function ChoicePicture({ id, size = '100%' }: { id: PictureId; size?: number | string }) {
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      {(ownEntry(PICTURES, id) ?? (() => null))()}
    </svg>
  );
}
