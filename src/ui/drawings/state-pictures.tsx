// How far a part is, drawn beside its word on the pupil's path: an empty ring (not yet), a half
// filled ring (busy) and a full ring with a tick (done). A child who cannot read, or does not tell
// green from grey, sees the difference by shape.
import { drawingFrame, INK, line } from './ink';

export type StatePictureId = 'none' | 'started' | 'done';

export function StatePicture({ state, size = 28 }: { state: StatePictureId; size?: number }) {
  return (
    <svg {...drawingFrame(size, `state-picture state-picture--${state}`)}>
      {state === 'done' ? (
        <>
          <circle cx="50" cy="50" r="42" fill="#166534" {...line} stroke-width="6" />
          <path d="M29 52l14 14 28-31" fill="none" {...line} stroke="#fff" stroke-width="11" />
        </>
      ) : (
        <>
          <circle cx="50" cy="50" r="42" fill="#fff" {...line} stroke-width="6" />
          {state === 'started' ? (
            // The left half filled: half way there.
            <path d="M50 8a42 42 0 0 0 0 84Z" fill="#b45309" stroke={INK} stroke-width="6" />
          ) : null}
        </>
      )}
    </svg>
  );
}
