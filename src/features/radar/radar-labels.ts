/**
 * An axis label of the spinnenweb in lines, so chart.js can fit it beside the web: one long
 * line ("Me fijn voelen in de klas") sticks out of the canvas on the left or right and is cut
 * off, however small the web is drawn. Pure.
 */

/** About this many letters a line: wide enough for "Rekenen", narrow enough for a side axis. */
export const LABEL_LINE_LETTERS = 12;

export function labelLines(label: string, letters = LABEL_LINE_LETTERS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    if (!word) continue;
    // A word longer than a line (a compound such as "Samenwerkingsopdrachten") gets lines of
    // its own, broken with a hyphen.
    for (const piece of pieces(word, letters)) {
      if (line && line.length + 1 + piece.length > letters) {
        lines.push(line);
        line = piece;
      } else {
        line = line ? `${line} ${piece}` : piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

function pieces(word: string, letters: number): string[] {
  if (word.length <= letters) return [word];
  const parts: string[] = [];
  for (let start = 0; start < word.length; start += letters - 1) {
    const rest = word.slice(start);
    if (rest.length <= letters) {
      parts.push(rest);
      break;
    }
    parts.push(`${rest.slice(0, letters - 1)}-`);
  }
  return parts;
}
