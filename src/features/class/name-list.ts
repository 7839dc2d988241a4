/**
 * Turns what a teacher pastes into a list of first names: one name a line, a column copied from
 * a spreadsheet (lines), a row copied from a spreadsheet (tabs), or a first-name/last-name table
 * (the first cell of each line). Pure, so every odd paste is unit tested.
 */

import { MAX_NAME_LENGTH, MAX_PUPILS_PER_CLASS, textKey, visibleText } from '../../db';

export { MAX_NAME_LENGTH, MAX_PUPILS_PER_CLASS };

export interface ParsedNames {
  /** New, unique names in the order they were pasted. */
  names: string[];
  /** Names already in the class or pasted twice (kept once), as pasted. */
  duplicates: string[];
  /** Names longer than MAX_NAME_LENGTH (left out). */
  tooLong: string[];
  /** Names beyond MAX_PUPILS_PER_CLASS (left out). */
  overLimit: string[];
  /** Empty lines and cells that were skipped. */
  emptyLines: number;
}

/** Collapses white space and invisible characters the way a name is shown. */
export const cleanName = visibleText;

/** Alphabetical order of first names, as a Dutch class list has it: case and accents aside. */
export const compareNames = (a: string, b: string): number =>
  a.localeCompare(b, 'nl', { sensitivity: 'base' });

function cellsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.split('\t'));
}

function pickCells(rows: string[][]): { picked: string[]; empty: number } {
  const nonEmptyRows = rows.filter((cells) => cells.some((cell) => cleanName(cell) !== ''));
  const empty = rows.length - nonEmptyRows.length;
  const singleRowOfCells = nonEmptyRows.length === 1 && nonEmptyRows[0]!.length > 1;
  if (singleRowOfCells) {
    const cells = nonEmptyRows[0]!;
    const picked = cells.filter((cell) => cleanName(cell) !== '');
    return { picked, empty: empty + cells.length - picked.length };
  }
  // A table: the first filled cell of each line is the first name.
  const picked = nonEmptyRows.map((cells) => cells.find((cell) => cleanName(cell) !== '')!);
  return { picked, empty };
}

export function parseNameList(text: string, existingNames: readonly string[] = []): ParsedNames {
  const { picked, empty } = pickCells(cellsOf(text));
  const seen = new Set(existingNames.map(textKey));
  const result: ParsedNames = {
    names: [],
    duplicates: [],
    tooLong: [],
    overLimit: [],
    emptyLines: empty,
  };
  let room = MAX_PUPILS_PER_CLASS - existingNames.length;
  for (const raw of picked) {
    const name = cleanName(raw);
    if (name.length > MAX_NAME_LENGTH) {
      result.tooLong.push(name);
    } else if (seen.has(textKey(name))) {
      result.duplicates.push(name);
    } else if (room <= 0) {
      result.overLimit.push(name);
    } else {
      seen.add(textKey(name));
      result.names.push(name);
      room--;
    }
  }
  return result;
}
