/**
 * The app's own error log, pure part: what one entry says and how the log keeps its size. An
 * entry says when, in which version and on which screen something went wrong, and the error's
 * name and first line: never an id, a name or anything a pupil typed, so the teacher can copy
 * it into an e-mail without a second thought.
 */
import type { ErrorLogEntry } from '../settings';

export type { ErrorLogEntry };

export const ERROR_LOG_SIZE = 50;
export const MESSAGE_LIMIT = 300;

/** crypto.randomUUID() ids, which is how every row is keyed. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The log with `entry` added at the end, keeping only the newest `size` entries. */
export function appendEntry(
  log: unknown,
  entry: ErrorLogEntry,
  size = ERROR_LOG_SIZE,
): ErrorLogEntry[] {
  return [...validEntries(log), entry].slice(-size);
}

/** What is stored may come from an older version or a broken write: only what is an entry. */
export function validEntries(log: unknown): ErrorLogEntry[] {
  return Array.isArray(log) ? log.filter(isEntry) : [];
}

function isEntry(value: unknown): value is ErrorLogEntry {
  const entry = value as Partial<ErrorLogEntry> | null;
  return (
    typeof entry?.at === 'number' &&
    typeof entry.version === 'string' &&
    typeof entry.screen === 'string' &&
    typeof entry.message === 'string'
  );
}

/**
 * "TypeError: x is undefined": the error's name and the first line of its message, ids taken
 * out, at most MESSAGE_LIMIT characters. Anything that is not an Error says only what it is:
 * a thrown string or object may hold anything, pupil text included.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error) && !isErrorLike(error))
    return `Non-error thrown (${kindOf(error)})`;
  const { name, message } = error as { name?: unknown; message?: unknown };
  const firstLine = typeof message === 'string' ? (message.split('\n')[0] ?? '') : '';
  const text = `${typeof name === 'string' && name ? name : 'Error'}: ${firstLine}`;
  return cap(text.replace(UUID, '…'), MESSAGE_LIMIT);
}

/** DOMExceptions and Dexie's errors are objects with a name and a message. */
function isErrorLike(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { name?: unknown }).name === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

function cap(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/**
 * The screen's route with its ids taken out ("/teacher/rounds/:id/print"), so two pupils' errors
 * look alike and no entry says whose screen it was. The query string is left off.
 */
export function screenOf(pathname: string): string {
  const path = pathname.split(/[?#]/)[0] ?? '';
  const parts = path.split('/').map((part) => (looksLikeId(part) ? ':id' : part));
  return cap(parts.join('/') || '/', 100);
}

/** Our ids are UUIDs (long, with digits); route words are short and have none. */
function looksLikeId(part: string): boolean {
  return part.length > 24 || /\d/.test(part);
}

export function makeEntry(
  error: unknown,
  screen: string,
  at: number,
  version: string,
): ErrorLogEntry {
  return { at, version, screen, message: describeError(error) };
}

/** The log as plain text, newest first, for the teacher to copy. */
export function logAsText(log: readonly ErrorLogEntry[], formatTime: (at: number) => string) {
  return [...log]
    .reverse()
    .map((entry) => `${formatTime(entry.at)}\t${entry.version}\t${entry.screen}\t${entry.message}`)
    .join('\n');
}
