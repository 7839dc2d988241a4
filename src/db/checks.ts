/**
 * Checks of stored values, composed into the row shapes of registry.ts. A check takes any value
 * (from a backup file, or an older database) and returns it as the app reads it, or throws a
 * Misfit naming the field. Objects come back as fresh copies holding only the fields of their
 * shape: a key from the data never picks anything, and a prototype key (`__proto__`,
 * `constructor`, …) is refused wherever it appears, as a key or as a word.
 * Pure: no Dexie, no DOM, so the generated tests in tests/unit run each check in Node.
 */

export class Misfit extends Error {
  constructor(readonly path: string) {
    super(`does not fit: ${path}`);
  }
}

export type CheckKind =
  'key' | 'text' | 'number' | 'boolean' | 'list' | 'record' | 'blob' | 'optional';

export interface Check<T> {
  readonly kind: CheckKind;
  /** The value as the app reads it; throws a Misfit at `path` when it does not fit. */
  readonly parse: (value: unknown, path: string) => T;
  /** A value that fits: the generated tests build their rows from these. */
  readonly sample: T;
  /** For records: the checks of their fields; for lists and optionals: of their element. */
  readonly fields?: Readonly<Record<string, Check<unknown>>>;
  readonly inner?: Check<unknown>;
  /**
   * Never set: it makes Check<string> and Check<string | undefined> different types, so a shape
   * must say `optional(…)` exactly where its row interface says `?`.
   */
  readonly _type?: (value: T) => T;
}

/** Every field of `Row`, optional ones included, has a check of exactly its type. */
export type Shape<Row> = { readonly [K in keyof Row]-?: Check<Row[K]> };

/** The names an object inherits: as a key or a word they would pick a built-in, not ours. */
export const isPrototypeName = (word: string) => word === '__proto__' || word in Object.prototype;

function check<T>(kind: CheckKind, sample: T, parse: (value: unknown) => boolean): Check<T> {
  return {
    kind,
    sample,
    parse: (value, path) => {
      if (!parse(value)) throw new Misfit(path);
      return value as T;
    },
  };
}

/** An id, or a word that picks an entry (a question id, a topic id): letters, digits, - and _. */
export const key = check<string>(
  'key',
  'sample-id',
  (value) => typeof value === 'string' && /^[\w-]{1,100}$/.test(value) && !isPrototypeName(value),
);

/** One of a fixed list of words (vocabulary.ts), looked up in a Set, never on an object. */
export function oneOf<const T extends string>(words: readonly T[]): Check<T> {
  const allowed = new Set<string>(words);
  return check<T>('key', words[0]!, (value) => typeof value === 'string' && allowed.has(value));
}

export const text = (max: number, pattern?: RegExp, sample = ''): Check<string> =>
  check<string>(
    'text',
    sample,
    (value) =>
      typeof value === 'string' && value.length <= max && (!pattern || pattern.test(value)),
  );

/** A text with something visible in it after `clean` (a name on the start screen). */
export const visible = (max: number, clean: (raw: string) => string): Check<string> =>
  check<string>(
    'text',
    'Sam',
    (value) => typeof value === 'string' && value.length <= max && clean(value) !== '',
  );

export const day = text(10, /^\d{4}-\d{2}-\d{2}$/, '2026-12-03');
export const dayAndTime = text(16, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '2026-12-03T13:30');

export const whole = (min: number, max: number): Check<number> =>
  check<number>(
    'number',
    min,
    (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
  );

/** A moment in epoch milliseconds (0: never written). */
export const time = whole(0, Number.MAX_SAFE_INTEGER);

export const bool = check<boolean>('boolean', false, (value) => typeof value === 'boolean');

export const blob = check<Blob>('blob', new Blob([]), (value) => value instanceof Blob);

export function optional<T>(inner: Check<T>): Check<T | undefined> {
  return {
    kind: 'optional',
    sample: undefined,
    inner: inner as Check<unknown>,
    parse: (value, path) => (value === undefined ? undefined : inner.parse(value, path)),
  };
}

export function list<T>(element: Check<T>, max: number, { unique = false } = {}): Check<T[]> {
  return {
    kind: 'list',
    sample: [],
    inner: element as Check<unknown>,
    parse: (value, path) => {
      if (!Array.isArray(value) || value.length > max) throw new Misfit(path);
      const items = value.map((item, index) => element.parse(item, `${path}[${index}]`));
      if (unique && new Set(items).size !== items.length) throw new Misfit(`${path} (twice)`);
      return items;
    },
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Blob) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * An object of a known shape. Unknown fields are left behind (the app reads none of them); a
 * prototype key refuses the whole object, since it can only come from a hand-made file.
 */
export function record<T>(shape: Shape<T>): Check<T> {
  const fields = Object.entries(shape) as [string, Check<unknown>][];
  return {
    kind: 'record',
    fields: shape as Record<string, Check<unknown>>,
    sample: Object.fromEntries(fields.map(([name, field]) => [name, field.sample])) as T,
    parse: (value, path) => {
      if (!isPlainObject(value)) throw new Misfit(path);
      for (const name of Object.keys(value))
        if (isPrototypeName(name)) throw new Misfit(`${path}.${name}`);
      const copy: Record<string, unknown> = {};
      for (const [name, field] of fields) {
        const parsed = field.parse(
          Object.hasOwn(value, name) ? value[name] : undefined,
          `${path}.${name}`,
        );
        if (parsed !== undefined) copy[name] = parsed;
      }
      return copy as T;
    },
  };
}
