import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  describeError,
  ERROR_LOG_SIZE,
  logAsText,
  makeEntry,
  MESSAGE_LIMIT,
  screenOf,
  type ErrorLogEntry,
} from '../../src/app/error-log';

const entry = (at: number): ErrorLogEntry => ({
  at,
  version: '1.0.0',
  screen: '/',
  message: `Error: ${at}`,
});

describe('the error log', () => {
  it('adds at the end and keeps only the newest 50', () => {
    let log: ErrorLogEntry[] = [];
    for (let at = 1; at <= 60; at++) log = appendEntry(log, entry(at));
    expect(log).toHaveLength(ERROR_LOG_SIZE);
    expect(log[0]!.at).toBe(11);
    expect(log.at(-1)!.at).toBe(60);
  });

  it('does not change the log it was given', () => {
    const log = [entry(1)];
    appendEntry(log, entry(2));
    expect(log).toEqual([entry(1)]);
  });

  it('starts again from what it finds when the stored log is broken', () => {
    expect(appendEntry('nonsense', entry(1))).toEqual([entry(1)]);
    expect(appendEntry([{ at: 'x' }, null, entry(1)], entry(2))).toEqual([entry(1), entry(2)]);
  });

  it('keeps the error name and the first line, without ids, capped', () => {
    const error = new TypeError(
      'pupil 3f1c2d4e-1a2b-4c3d-8e9f-001122334455 has no avatar\nat StartScreen (x.js:1)',
    );
    expect(describeError(error)).toBe('TypeError: pupil … has no avatar');
    const long = describeError(new Error('x'.repeat(1000)));
    expect(long).toHaveLength(MESSAGE_LIMIT);
    expect(long.endsWith('…')).toBe(true);
  });

  it('says only what kind of thing was thrown when it is not an error', () => {
    // A thrown string may be anything, what a pupil typed included.
    expect(describeError('Emma schreef: ik ben boos')).toBe('Non-error thrown (string)');
    expect(describeError(null)).toBe('Non-error thrown (null)');
    expect(describeError({ name: 'QuotaExceededError', message: 'full' })).toBe(
      'QuotaExceededError: full',
    );
  });

  it('names the screen by its route, without ids or query', () => {
    expect(screenOf('/')).toBe('/');
    expect(screenOf('/pupil/portfolio/3f1c2d4e-1a2b-4c3d-8e9f-001122334455')).toBe(
      '/pupil/portfolio/:id',
    );
    expect(screenOf('/teacher/rounds/abc123/print?copy=parents&pupil=x')).toBe(
      '/teacher/rounds/:id/print',
    );
  });

  it('makes an entry with time, version, screen and message', () => {
    expect(makeEntry(new RangeError('bad'), '/pupil', 5, '0.1.0')).toEqual({
      at: 5,
      version: '0.1.0',
      screen: '/pupil',
      message: 'RangeError: bad',
    });
  });

  it('writes the log as text, newest first, one entry a line', () => {
    const text = logAsText([entry(1), entry(2)], (at) => `t${at}`);
    expect(text).toBe('t2\t1.0.0\t/\tError: 2\nt1\t1.0.0\t/\tError: 1');
  });
});
