// Pictures for the three circles (thuis, ik, school) and for what a child puts in one: what goes
// well (+), what does not (−), what they wonder about (?), their goal and what they need. The
// marks are drawn, not typed: a "−" or "?" from the tablet's fonts may show as an empty box.
import type { JSX } from 'preact';
import { ownEntry } from '../own-entry';
import { drawingFrame, INK, line } from './ink';

export type CirclePictureId = 'home' | 'me' | 'school';
export type FieldPictureId = 'plus' | 'minus' | 'wonder' | 'goal' | 'need';

const disc = (fill: string) => <circle cx="50" cy="50" r="44" fill={fill} {...line} />;
const bold = { ...line, 'stroke-width': 12, fill: 'none' } as const;

const FIELDS: Record<FieldPictureId, () => JSX.Element> = {
  plus: () => (
    <>
      {disc('#bbf7d0')}
      <path d="M50 24v52M24 50h52" {...bold} />
    </>
  ),
  minus: () => (
    <>
      {disc('#fed7aa')}
      <path d="M24 50h52" {...bold} />
    </>
  ),
  wonder: () => (
    <>
      {disc('#bfdbfe')}
      <path d="M36 38c0-9 6-15 14-15s14 6 14 14c0 11-14 12-14 24" {...bold} stroke-width="10" />
      <circle cx="50" cy="76" r="6" fill={INK} />
    </>
  ),
  // A target with an arrow in the middle.
  goal: () => (
    <>
      {disc('#fff')}
      <circle cx="50" cy="50" r="28" fill="#fca5a5" {...line} />
      <circle cx="50" cy="50" r="12" fill="#fff" {...line} />
      <path d="M50 50 78 22M70 20h9v9" {...line} stroke-width="6" fill="none" />
    </>
  ),
  // An open hand, reaching for help.
  need: () => (
    <>
      {disc('#fef3c7')}
      <path
        d="M30 70V44a5 5 0 0 1 10 0v10V32a5 5 0 0 1 10 0v22V30a5 5 0 0 1 10 0v24V38a5 5 0 0 1 10 0v26c0 10-8 18-20 18h-2c-10 0-18-6-18-12Z"
        fill="#fde68a"
        {...line}
      />
    </>
  ),
};

const CIRCLES: Record<CirclePictureId, () => JSX.Element> = {
  home: () => (
    <>
      <path d="M22 50 50 24l28 26" fill="none" {...line} stroke-width="6" />
      <path d="M30 46v32h40V46" fill="#fff" {...line} stroke-width="5" />
      <rect x="44" y="58" width="12" height="20" fill="#92400e" {...line} />
    </>
  ),
  me: () => (
    <>
      <circle cx="50" cy="36" r="14" fill="#fde68a" {...line} stroke-width="5" />
      <path d="M26 80c0-18 10-28 24-28s24 10 24 28Z" fill="#60a5fa" {...line} stroke-width="5" />
    </>
  ),
  school: () => (
    <>
      <path d="M18 42 50 22l32 20Z" fill="#fca5a5" {...line} stroke-width="5" />
      <rect x="24" y="42" width="52" height="36" fill="#fff" {...line} stroke-width="5" />
      <rect x="44" y="58" width="12" height="20" fill="#92400e" {...line} />
      <path d="M32 52h6M62 52h6" {...line} stroke-width="6" />
    </>
  ),
};

export function FieldPicture({ id, size = 48 }: { id: string; size?: number }) {
  const draw = ownEntry(FIELDS, id) ?? FIELDS.plus;
  return <svg {...drawingFrame(size, 'field-picture')}>{draw()}</svg>;
}

export function CirclePicture({ id, size = 72 }: { id: string; size?: number }) {
  const draw = ownEntry(CIRCLES, id) ?? CIRCLES.me;
  return <svg {...drawingFrame(size, 'circle-picture')}>{draw()}</svg>;
}
