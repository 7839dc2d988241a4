/**
 * The language layer: Dutch ships in the start bundle; English is a separate chunk, loaded when
 * chosen (and precached, so it works offline). Components read `t` from context.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language, Region } from '../db';
import { nl, type MessageKey, type Messages, type StartMessages } from './nl';
import { vl } from './vl';
import { createTranslate, languageTag, type Translate } from './translate';

export type { MessageKey, Messages, Translate };
export { languageTag };

/**
 * The messages the app starts with. The teacher screens' messages are not among them: they load
 * with those screens (see teacher-messages.tsx), so they cost the start screen nothing.
 */
export async function loadMessages(language: Language, region: Region): Promise<StartMessages> {
  if (language === 'en') return (await import('./en')).en;
  return region === 'vl' ? { ...nl, ...vl } : nl;
}

export interface I18n {
  language: Language;
  region: Region;
  messages: Partial<Messages>;
  t: Translate;
}

export function makeI18n(language: Language, region: Region, messages: Partial<Messages>): I18n {
  // A key whose screen's messages have not loaded yet shows as the key, never as a crash.
  return { language, region, messages, t: createTranslate(messages) };
}

const I18nContext = createContext<I18n>(makeI18n('nl', 'nl', nl));

export { I18nContext };

export function I18nProvider({ value, children }: { value: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** Keeps <html lang> in step with the language the app speaks. */
export function applyDocumentLanguage(language: Language, region: Region): void {
  document.documentElement.lang = languageTag(language, region);
}

export function pictureName(id: string): MessageKey {
  return `picture${id[0]!.toUpperCase()}${id.slice(1)}` as MessageKey;
}

export function avatarName(id: string): MessageKey {
  return `avatar${id[0]!.toUpperCase()}${id.slice(1)}` as MessageKey;
}
