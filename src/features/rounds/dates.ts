/** Calendar days as ISO strings (YYYY-MM-DD), in local time: a round is planned in days. */

export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function parseDay(day: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDay(date) === day ? date : undefined;
}

export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  if (!date) throw new RangeError(`not a day: ${day}`);
  date.setDate(date.getDate() + days);
  return isoDay(date);
}

/** The day part of a local date-time slot (YYYY-MM-DDTHH:mm). */
export function slotDay(slot: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(slot);
  return match && parseDay(match[1]!) ? match[1] : undefined;
}
