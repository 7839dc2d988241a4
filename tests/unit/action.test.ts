import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { makeRunner, problemOf, type Problem } from '../../src/app/action';
import { readErrorLog, recordError, clearErrorLog } from '../../src/app/record-error';

function runnerWithSpies() {
  const recorded: unknown[] = [];
  const shown: Problem[] = [];
  const runner = makeRunner({
    record: (error) => recorded.push(error),
    show: (problem) => shown.push(problem),
    log: () => undefined,
  });
  return { ...runner, recorded, shown };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runAction', () => {
  it('records a rejected action and shows the unexpected-error message', async () => {
    const { run, recorded, shown } = runnerWithSpies();
    const error = new Error('write failed');
    run(() => Promise.reject(error));
    await settle();
    expect(recorded).toEqual([error]);
    expect(shown).toEqual(['unexpected']);
  });

  it('catches an action that throws before it returns a promise', () => {
    const { run, recorded, shown } = runnerWithSpies();
    run(() => {
      throw new TypeError('oops');
    });
    expect(recorded).toHaveLength(1);
    expect(shown).toEqual(['unexpected']);
  });

  it('shows the storage-full message for a quota error', async () => {
    const { run, shown } = runnerWithSpies();
    run(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
    run(() =>
      Promise.reject(new Dexie.AbortError('aborted', new DOMException('', 'QuotaExceededError'))),
    );
    await settle();
    expect(shown).toEqual(['storageFull', 'storageFull']);
  });

  it('records and shows nothing when the action succeeds', async () => {
    const { run, recorded, shown } = runnerWithSpies();
    run(async () => 'fine');
    run(() => undefined);
    await settle();
    expect(recorded).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('tells a quota error from any other', () => {
    expect(problemOf(new DOMException('full', 'QuotaExceededError'))).toBe('storageFull');
    expect(problemOf(new Error('QuotaExceededError'))).toBe('unexpected');
  });
});

describe('recordError', () => {
  it('keeps every one of many errors recorded at once, in order', async () => {
    await clearErrorLog();
    await Promise.all(Array.from({ length: 5 }, (_, i) => recordError(new Error(`e${i}`), '/x')));
    const log = await readErrorLog();
    expect(log.map((entry) => entry.message)).toEqual([
      'Error: e0',
      'Error: e1',
      'Error: e2',
      'Error: e3',
      'Error: e4',
    ]);
    expect(log[0]).toMatchObject({ version: 'test', screen: '/x' });
    await clearErrorLog();
    expect(await readErrorLog()).toEqual([]);
  });
});
