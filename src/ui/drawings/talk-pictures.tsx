// The pictures of conversation mode's strip that no part of the path has: the welcome (two
// speech bubbles, people talking) and the agreements (a clipboard with ticks).
import type { JSX } from 'preact';
import { ownEntry } from '../own-entry';
import { line } from './ink';

export type TalkPictureId = 'welcome' | 'agreements';

const PICTURES: Record<TalkPictureId, () => JSX.Element> = {
  welcome: () => (
    <>
      <path
        d="M10 18h50a6 6 0 0 1 6 6v22a6 6 0 0 1-6 6H30l-12 10V52h-8a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6Z"
        fill="#bae6fd"
        {...line}
      />
      <path
        d="M44 46h40a6 6 0 0 1 6 6v20a6 6 0 0 1-6 6h-6v10L66 78H44a6 6 0 0 1-6-6V52a6 6 0 0 1 6-6Z"
        fill="#fde68a"
        {...line}
      />
    </>
  ),
  agreements: () => (
    <>
      <rect x="20" y="14" width="60" height="76" rx="6" fill="#f1f5f9" {...line} />
      <rect x="36" y="8" width="28" height="14" rx="4" fill="#94a3b8" {...line} />
      <path
        d="m30 40 6 6 10-12M30 66l6 6 10-12"
        fill="none"
        stroke="#16a34a"
        stroke-width="5"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
      <path d="M54 42h16M54 68h16" {...line} />
    </>
  ),
};

export function TalkPicture({ id, size = '100%' }: { id: TalkPictureId; size?: number | string }) {
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      {(ownEntry(PICTURES, id) ?? (() => null))()}
    </svg>
  );
}
