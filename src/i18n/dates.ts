/**
 * Days and time slots as people read them ("di 24 nov. 2026", "dinsdag 24 november 2026 om
 * 15:20") in the app's language. Dates are stored as local ISO days; parsing them as local time
 * keeps the day from shifting near midnight.
 */
import { useI18n } from './index';
import { languageTag } from './translate';

function localDate(day: string, time = '00:00'): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(year!, (month ?? 1) - 1, date ?? 1, hours ?? 0, minutes ?? 0);
}

export function formatDay(day: string, tag: string, long = false): string {
  return new Intl.DateTimeFormat(tag, {
    weekday: long ? 'long' : 'short',
    day: 'numeric',
    month: long ? 'long' : 'short',
    year: 'numeric',
  }).format(localDate(day));
}

/** A slot, YYYY-MM-DDTHH:mm, with its weekday and time. */
export function formatSlot(slot: string, tag: string): string {
  const [day, time] = slot.split('T');
  return new Intl.DateTimeFormat(tag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(localDate(day!, time));
}

/**
 * A slot in a list, short and the same width every row: "ma 14/12 13:30" (en: "Mon 14/12
 * 13:30"). The weekday and date are joined by a no-break space, so a narrow column wraps only
 * before the time.
 */
export function formatShortSlot(slot: string, tag: string): string {
  const [day, time] = slot.split('T');
  const parts = new Intl.DateTimeFormat(tag, {
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(localDate(day!, time));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  // Some languages end the short weekday with a dot ("ma."); in a column it is only noise.
  const weekday = part('weekday').replace(/\.$/, '');
  return `${weekday}\u00a0${part('day')}/${part('month')} ${part('hour')}:${part('minute')}`;
}

/** formatDay and formatSlot in the app's current language. */
export function useDates() {
  const { language, region } = useI18n();
  const tag = languageTag(language, region);
  return {
    day: (day: string, long = false) => formatDay(day, tag, long),
    slot: (slot: string) => formatSlot(slot, tag),
    shortSlot: (slot: string) => formatShortSlot(slot, tag),
  };
}
