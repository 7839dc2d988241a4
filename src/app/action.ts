/**
 * One way to run what a tap or a screen starts: `runAction(() => save(...))`. When it fails,
 * the error goes to the error log and the app-level notice (ProblemNotice, shown once in
 * App.tsx) tells the pupil or teacher, so no failure is silent and no handler needs its own
 * catch. A full tablet keeps its own message: what was saved stays saved.
 */
import { isQuotaError } from '../db/errors';
import { recordError } from './record-error';

export type Problem = 'storageFull' | 'unexpected';

export function problemOf(error: unknown): Problem {
  return isQuotaError(error) ? 'storageFull' : 'unexpected';
}

type Listener = (problem: Problem) => void;
const listeners = new Set<Listener>();

/** A problem met before anyone listens (while the app starts), told to the first listener. */
let untold: Problem | undefined;

/** ProblemNotice listens here; the function it returns stops listening. */
export function onProblem(listener: Listener): () => void {
  listeners.add(listener);
  if (untold) listener(untold);
  untold = undefined;
  return () => listeners.delete(listener);
}

function showProblem(problem: Problem): void {
  if (listeners.size === 0) untold = problem;
  for (const listener of listeners) listener(problem);
}

export interface FailureDeps {
  record: (error: unknown) => unknown;
  show: (problem: Problem) => void;
  log: (error: unknown) => void;
}

/** What runAction does with a failure, with its effects passed in (unit tested). */
export function makeRunner(deps: FailureDeps) {
  function fail(error: unknown): void {
    deps.log(error);
    deps.record(error);
    deps.show(problemOf(error));
  }
  function run(action: () => unknown): void {
    try {
      Promise.resolve(action()).catch(fail);
    } catch (error) {
      fail(error);
    }
  }
  return { run, fail };
}

const runner = makeRunner({
  record: recordError,
  show: showProblem,
  log: (error) => console.error(error),
});

/** Runs `action` (sync or async); a failure is logged, recorded and shown. Never throws. */
export const runAction = runner.run;

/** Tells a failure that was caught on the way (logged, recorded, shown), as runAction would. */
export const tellFailure = runner.fail;
