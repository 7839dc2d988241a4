/**
 * Messages that load with the screens that use them (lazy chunks) instead of with the start
 * screen, which pupils open many times a day on a cheap tablet, and only in the language the
 * class uses: the pupil's preparation screens load their messages, the teacher's screens the
 * pupil's (to read a pupil's preparation) and their own (rounds, the conversation, backups).
 * Each language is its own chunk; what has loaded once is kept for the session.
 */
import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, makeI18n } from './index';
import type { Language, Region } from '../db';

type Set = Record<string, string>;
/** The messages of one audience in the class's language and wording. */
export type MessageLoader = (language: Language, region: Region) => Promise<Set>;

const loaded = new Map<string, Set>();

/** Shows `children` with `load`'s messages added, once they are there (a moment, first time). */
export function ScreenMessages(props: {
  name: string;
  load: MessageLoader;
  children: ComponentChildren;
}) {
  const parent = useContext(I18nContext);
  const key = `${props.name}/${parent.language}/${parent.region}`;
  const [extra, setExtra] = useState(() => loaded.get(key));
  useEffect(() => {
    if (loaded.has(key)) return setExtra(loaded.get(key));
    let current = true;
    props.load(parent.language, parent.region).then(
      (messages) => {
        loaded.set(key, messages);
        if (current) setExtra(messages);
      },
      (error: unknown) => {
        // A chunk that cannot load must not leave a blank screen: the screen shows with the
        // start messages (a missing one shows as its key), and the error log gets the error.
        reportError(error);
        if (current) setExtra({});
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  const value = useMemo(
    () => extra && makeI18n(parent.language, parent.region, { ...parent.messages, ...extra }),
    [parent, extra],
  );
  if (!value) return null;
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** Dutch with the Flemish words laid over it, or English. */
export async function inLanguage(
  language: Language,
  region: Region,
  sets: { nl: () => Promise<Set>; vl: () => Promise<Set>; en: () => Promise<Set> },
): Promise<Set> {
  if (language === 'en') return sets.en();
  const [dutch, flemish] = await Promise.all([sets.nl(), region === 'vl' ? sets.vl() : {}]);
  return { ...dutch, ...flemish };
}
