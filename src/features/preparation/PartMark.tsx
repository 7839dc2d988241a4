// How far a pupil is with one part, as a small picture that says it by shape as well as colour
// (a full ring with a tick, a dashed ring, faded): a teacher scanning 26 rows, or one who does not
// tell green from orange, sees it at a glance. The words are the cell's, for screen readers.
import type { ToolId } from '../../db';
import { ToolDrawing } from '../../ui/drawings/tool-pictures';
import type { PartState } from '../tool-contract';

const DONE = '#166534';
const STARTED = '#b45309';

export function PartMark({
  tool,
  state,
  size = 32,
}: {
  tool: ToolId;
  state: PartState;
  size?: number;
}) {
  return (
    <svg
      class={`part-mark part-mark--${state}`}
      viewBox="0 0 100 100"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      {state === 'done' ? (
        <circle cx="50" cy="50" r="45" fill="#dcfce7" stroke={DONE} stroke-width="8" />
      ) : state === 'started' ? (
        <circle
          cx="50"
          cy="50"
          r="45"
          fill="#fff"
          stroke={STARTED}
          stroke-width="7"
          stroke-dasharray="13 9"
        />
      ) : null}
      <g transform="translate(19 17) scale(0.62)" opacity={state === 'none' ? 0.4 : undefined}>
        <ToolDrawing id={tool} />
      </g>
      {state === 'done' ? (
        <>
          <circle cx="76" cy="76" r="22" fill={DONE} stroke="#fff" stroke-width="4" />
          <path
            d="M65 76l8 8 14-16"
            fill="none"
            stroke="#fff"
            stroke-width="7"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </>
      ) : null}
    </svg>
  );
}
