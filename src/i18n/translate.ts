/**
 * Pure message lookup: language + wording → a `t(key, values)` function. The wording words
 * ({class}, {teacher}, …) can be used inside any message, so a message written once reads
 * right in the Netherlands and in Flanders.
 */
import type { Language, Region } from '../db';
import type { MessageKey, Messages } from './nl';
import { ownEntry } from '../ui/own-entry';

export type Values = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: Values) => string;

export function wordingValues(messages: Partial<Messages>): Values {
  return {
    class: messages.wordClass ?? '',
    classTitle: messages.wordClassTitle ?? '',
    teacher: messages.wordTeacher ?? '',
    teacherTitle: messages.wordTeacherTitle ?? '',
    parentTalk: messages.wordParentTalk ?? '',
  };
}

export function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export function createTranslate(messages: Partial<Messages>): Translate {
  const wording = wordingValues(messages);
  // A key picked by a stored word (a tool, a circle) is looked up among the messages' own
  // entries; one that is no message at all shows as itself rather than break the screen.
  // Dutch and English have one plural rule: about exactly one thing ({count} is 1) a message
  // may have its own wording under its key + "One" ("Nog één vraag", not "Nog 1 vragen").
  return (key, values) =>
    fill(
      (values?.['count'] === 1 ? ownEntry(messages, `${key}One`) : undefined) ??
        ownEntry(messages, key) ??
        String(key),
      values ? { ...wording, ...values } : wording,
    );
}

/** BCP 47 tag for <html lang> and for read-aloud voices. */
export function languageTag(language: Language, region: Region): string {
  if (language === 'en') return 'en';
  return region === 'vl' ? 'nl-BE' : 'nl-NL';
}
