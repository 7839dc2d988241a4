// The pictures of the pupil's path: one per part, so a child who cannot read finds their way.
import type { JSX } from 'preact';
import { ownEntry } from '../own-entry';
import { line } from './ink';

export type ToolPictureId =
  | 'portfolio'
  | 'ratings'
  | 'spinnenweb'
  | 'questions'
  | 'vragenpot'
  | 'circles'
  | 'goals'
  | 'video'
  | 'share';

/** Every part of a round has a picture; the parents' questions only in the teacher's overview. */
export type PartPictureId = ToolPictureId | 'parentQuestions';

const PICTURES: Record<PartPictureId, () => JSX.Element> = {
  // A photo with a mountain and a sun: "what I learned, with a picture".
  portfolio: () => (
    <>
      <rect x="12" y="22" width="76" height="58" rx="6" fill="#e0f2fe" {...line} />
      <path d="M16 76 40 48l14 16 10-10 20 22Z" fill="#16a34a" {...line} />
      <circle cx="68" cy="36" r="8" fill="#facc15" {...line} />
    </>
  ),
  ratings: () => (
    <>
      <rect x="40" y="10" width="20" height="62" rx="10" fill="#fff" {...line} />
      <rect x="45" y="36" width="10" height="40" fill="#dc2626" />
      <circle cx="50" cy="78" r="14" fill="#dc2626" {...line} />
      <path d="M64 24h10M64 38h10M64 52h10" {...line} />
    </>
  ),
  spinnenweb: () => (
    <>
      <path d="M50 10 88 38 74 84H26L12 38Z" fill="#fff" {...line} />
      <path d="M50 30 68 43 61 66H39L32 43Z" fill="none" {...line} />
      <path d="M50 10v40M88 38 50 50M74 84 50 50M26 84l24-34M12 38l38 12" {...line} />
      <path
        d="M50 22 78 42 66 74H36L24 44Z"
        fill="#0072b2"
        fill-opacity="0.35"
        stroke="#0072b2"
        stroke-width="3"
      />
    </>
  ),
  questions: () => (
    <>
      <path d="M14 18h72v48H46L28 84V66H14Z" fill="#fde68a" {...line} />
      <path d="M42 34a8 8 0 1 1 12 7c-3 2-4 3-4 7" fill="none" {...line} />
      <circle cx="50" cy="56" r="2.5" fill="#1f2937" />
    </>
  ),
  vragenpot: () => (
    <>
      <rect x="30" y="12" width="40" height="10" rx="3" fill="#92400e" {...line} />
      <path
        d="M28 24h44c6 8 8 16 8 28v26a8 8 0 0 1-8 8H28a8 8 0 0 1-8-8V52c0-12 2-20 8-28Z"
        fill="#e0f2fe"
        {...line}
      />
      <rect
        x="34"
        y="46"
        width="18"
        height="12"
        rx="2"
        fill="#f9a8d4"
        {...line}
        transform="rotate(-12 43 52)"
      />
      <rect
        x="48"
        y="60"
        width="18"
        height="12"
        rx="2"
        fill="#fde68a"
        {...line}
        transform="rotate(10 57 66)"
      />
    </>
  ),
  circles: () => (
    <>
      <circle cx="34" cy="38" r="22" fill="#fca5a5" fill-opacity="0.7" {...line} />
      <circle cx="66" cy="38" r="22" fill="#93c5fd" fill-opacity="0.7" {...line} />
      <circle cx="50" cy="64" r="22" fill="#86efac" fill-opacity="0.7" {...line} />
    </>
  ),
  goals: () => (
    <>
      <path d="M30 88V12" {...line} />
      <path d="M30 14h44l-10 12 10 12H30Z" fill="#dc2626" {...line} />
      <path d="M14 88h52" {...line} />
    </>
  ),
  // A film camera with a red record light.
  video: () => (
    <>
      <rect x="10" y="30" width="56" height="42" rx="8" fill="#93c5fd" {...line} />
      <path d="M66 44l24-12v38L66 58Z" fill="#60a5fa" {...line} />
      <circle cx="24" cy="42" r="6" fill="#dc2626" {...line} />
    </>
  ),
  share: () => (
    <>
      <rect x="18" y="10" width="50" height="66" rx="4" fill="#fff" {...line} />
      <path d="M28 26h30M28 38h30M28 50h20" {...line} />
      <circle cx="72" cy="58" r="9" fill="#fde68a" {...line} />
      <path d="M58 90c0-12 6-20 14-20s14 8 14 20" fill="#60a5fa" {...line} />
    </>
  ),
  // A letter in its envelope: the questions that go home to the parents.
  parentQuestions: () => (
    <>
      <rect x="12" y="26" width="76" height="52" rx="6" fill="#fde68a" {...line} />
      <path d="M12 30 50 58 88 30" fill="none" {...line} />
    </>
  ),
};

/** The drawing alone, in a 100×100 box, for a picture inside another (the overview's marks). */
export function ToolDrawing({ id }: { id: PartPictureId }) {
  return (ownEntry(PICTURES, id) ?? (() => null))();
}

export function ToolPicture({ id, size = '100%' }: { id: PartPictureId; size?: number | string }) {
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <ToolDrawing id={id} />
    </svg>
  );
}
