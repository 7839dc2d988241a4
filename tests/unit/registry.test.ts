import { describe, expect, it } from 'vitest';
import { checkRow, db, Misfit, REGISTRY, TABLE_NAMES, type TableName } from '../../src/db';
import type { Check } from '../../src/db/checks';

/** A value that fits `check`, with every optional field and one element in every list. */
function sampleOf(check: Check<unknown>): unknown {
  if (check.kind === 'record')
    return Object.fromEntries(
      Object.entries(check.fields!).map(([name, field]) => [name, sampleOf(field)]),
    );
  if (check.kind === 'list') return [sampleOf(check.inner!)];
  if (check.kind === 'optional') return sampleOf(check.inner!);
  return check.sample;
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'valueOf', 'toString'];
const OTHER_TYPES: unknown[] = [null, 42, 'text', true, [], {}, new Blob(['x'])];
const typeOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : value instanceof Blob
        ? 'blob'
        : typeof value;

/** An own, enumerable property, whatever its name (`{ __proto__: … }` would set the prototype). */
function withKey(value: object, name: string, inner: unknown) {
  const copy = { ...value };
  Object.defineProperty(copy, name, { value: inner, enumerable: true, writable: true });
  return copy;
}

/** Every way `value` (which fits `check`) can be bent so that it must no longer fit. */
function bentValues(check: Check<unknown>, value: unknown, path: string): [string, unknown][] {
  const wrongTypes = OTHER_TYPES.filter((other) => typeOf(other) !== typeOf(value)).map(
    (other): [string, unknown] => [`${path} as ${typeOf(other)}`, other],
  );
  switch (check.kind) {
    case 'optional':
      return bentValues(check.inner!, value, path).filter(([, bent]) => bent !== undefined);
    case 'record': {
      const row = value as Record<string, unknown>;
      const result: [string, unknown][] = [...wrongTypes];
      for (const [name, field] of Object.entries(check.fields!)) {
        if (field.kind !== 'optional') {
          const { [name]: _left, ...without } = row;
          result.push([`${path}.${name} missing`, without]);
        }
        for (const [what, bent] of bentValues(field, row[name], `${path}.${name}`))
          result.push([what, { ...row, [name]: bent }]);
      }
      for (const name of PROTOTYPE_NAMES)
        result.push([`${path} with key ${name}`, withKey(row, name, 'x')]);
      return result;
    }
    case 'list':
      return [
        ...wrongTypes,
        ...bentValues(check.inner!, (value as unknown[])[0], `${path}[0]`).map(
          ([what, bent]): [string, unknown] => [what, [bent]],
        ),
      ];
    case 'key':
      return [
        ...wrongTypes,
        ...PROTOTYPE_NAMES.map((name): [string, unknown] => [`${path} = ${name}`, name]),
      ];
    case 'text':
      return [...wrongTypes, [`${path} far too long`, 'x'.repeat(100_001)]];
    default:
      return wrongTypes;
  }
}

const rowCheck = (table: TableName) =>
  ({ kind: 'record', fields: REGISTRY[table].shape }) as unknown as Check<unknown>;

describe('the table registry', () => {
  it('has an entry for every table of the schema, and no other', () => {
    expect([...TABLE_NAMES].sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it('names only tables that exist in its references', () => {
    for (const spec of Object.values(REGISTRY))
      for (const target of [
        ...Object.values(spec.belongsTo ?? {}),
        ...Object.values(spec.uses ?? {}),
      ])
        expect(TABLE_NAMES).toContain(target);
  });

  it.each(TABLE_NAMES)(
    '%s: a generated row fits, and every bent copy of it is refused',
    (table) => {
      const good = sampleOf(rowCheck(table));
      expect(checkRow(table, good)).toEqual(good);
      const bent = bentValues(rowCheck(table), good, table);
      const accepted = bent.filter(([, row]) => {
        try {
          checkRow(table, row);
          return true;
        } catch (error) {
          if (!(error instanceof Misfit)) throw error;
          return false;
        }
      });
      expect(accepted.map(([what]) => what)).toEqual([]);
      expect(bent.length).toBeGreaterThan(Object.keys(REGISTRY[table].shape).length);
      refusedKinds.set(table, bent.length);
    },
  );

  it('refuses the rows that broke the start screen and the teacher’s screens', () => {
    const pupil = sampleOf(rowCheck('pupils')) as Record<string, unknown>;
    const refused = (table: TableName, row: unknown) =>
      expect(() => checkRow(table, row)).toThrow(Misfit);
    refused('pupils', { ...pupil, avatar: { drawing: 'valueOf', colour: '#fde68a' } });
    refused('pupils', { ...pupil, firstName: '\u200b\u200d\u2060' });
    refused('pupils', { ...pupil, firstName: ' \u3164 ' });
    refused('rounds', { ...(sampleOf(rowCheck('rounds')) as object), topics: null });
    refused('agreements', { ...(sampleOf(rowCheck('agreements')) as object), items: null });
    const rating = sampleOf(rowCheck('ratings')) as Record<string, unknown>;
    refused('ratings', { ...rating, scale: 'three-steps', now: 7 });
    expect(checkRow('ratings', { ...rating, scale: 'thermometer', now: 7 })).toMatchObject({
      now: 7,
    });
  });

  it('keeps only the fields of the shape: an unknown field does not come along', () => {
    const goal = sampleOf(rowCheck('goals')) as Record<string, unknown>;
    expect(checkRow('goals', { ...goal, secret: 'x' })).toEqual(goal);
  });
});

const refusedKinds = new Map<string, number>();
describe('the figure', () => {
  it('counts the kinds of bad rows the checks refuse', () => {
    const total = [...refusedKinds.values()].reduce((sum, count) => sum + count, 0);
    console.log(`bad rows refused: ${total} kinds over ${refusedKinds.size} tables`);
    expect(refusedKinds.size).toBe(TABLE_NAMES.length);
  });
});
