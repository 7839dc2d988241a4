import { beforeEach, describe, expect, it } from 'vitest';
import { db, shown, watchLive } from '../../src/db';
import { addPupil, createClass } from '../../src/features/class';
import { freshDatabase } from './reset';

beforeEach(freshDatabase);

/** Collects what a watch reports, and waits for the next report. */
function recorder<T>() {
  const values: T[] = [];
  const errors: unknown[] = [];
  let wake = () => {};
  return {
    values,
    errors,
    listener: {
      value: (value: T) => {
        values.push(value);
        wake();
      },
      error: (error: unknown) => {
        errors.push(error);
        wake();
      },
    },
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}

const names = () =>
  db.pupils
    .toArray()
    .then((rows) => rows.map((row) => row.firstName).sort((a, b) => a.localeCompare(b)));

describe('watchLive', () => {
  it('answers, and answers again after a write that touches what it read', async () => {
    const classRow = await createClass({ name: 'Groep 7', language: 'nl', region: 'nl' });
    await addPupil(classRow.id, 'Emma');
    const seen = recorder<string[]>();
    let next = seen.next();
    const stop = watchLive(names, seen.listener);
    await next;
    expect(seen.values).toEqual([['Emma']]);

    next = seen.next();
    await addPupil(classRow.id, 'Noah');
    await next;
    expect(seen.values.at(-1)).toEqual(['Emma', 'Noah']);
    stop();
  });

  it('reports nothing once stopped, not even an answer already on its way', async () => {
    const classRow = await createClass({ name: 'Groep 7', language: 'nl', region: 'nl' });
    const seen = recorder<string[]>();
    let read = 0;
    const stop = watchLive(async () => {
      read++;
      return names();
    }, seen.listener);
    stop();
    await addPupil(classRow.id, 'Emma');
    // The first read may have started; whatever it answers goes nowhere.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toBeLessThanOrEqual(1);
    expect(seen.values).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('stops reading after stop: later writes are not read for it', async () => {
    const classRow = await createClass({ name: 'Groep 7', language: 'nl', region: 'nl' });
    const seen = recorder<string[]>();
    const next = seen.next();
    const stop = watchLive(names, seen.listener);
    await next;
    stop();
    await addPupil(classRow.id, 'Emma');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.values).toEqual([[]]);
  });

  it('reports a failed read as an error', async () => {
    const seen = recorder<never>();
    const next = seen.next();
    const stop = watchLive(() => Promise.reject(new Error('broken')), seen.listener);
    await next;
    expect(seen.errors).toEqual([new Error('broken')]);
    stop();
  });
});

describe('shown (what useLive renders)', () => {
  it('is undefined while loading and for an answer read for other deps', () => {
    expect(shown(undefined, ['emma'])).toBeUndefined();
    expect(shown({ deps: ['emma'], value: 1 }, ['noah'])).toBeUndefined();
    expect(shown({ deps: ['emma'], value: 1 }, ['emma', 'extra'])).toBeUndefined();
  });

  it('is the answer for the same deps, null included', () => {
    expect(shown({ deps: ['emma', 2], value: 'x' }, ['emma', 2])).toBe('x');
    expect(shown({ deps: [], value: null }, [])).toBeNull();
  });

  it("throws a failed read, for the area's error boundary", () => {
    const error = new Error('broken');
    expect(() => shown({ deps: [], error, failed: true }, [])).toThrow(error);
    // A failure for deps the screen left is not shown either.
    expect(shown({ deps: ['emma'], error, failed: true }, ['noah'])).toBeUndefined();
  });
});
