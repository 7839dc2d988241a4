/**
 * The messages of the teacher screens, loaded with those screens (a lazy chunk) instead of with
 * the start screen, which pupils open many times a day on a cheap tablet.
 */
import type { ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { I18nContext, makeI18n } from './index';
import { nlRounds } from './nl-rounds';
import { enRounds } from './en-rounds';
import { vlRounds } from './vl-rounds';

export function TeacherMessages({ children }: { children: ComponentChildren }) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => {
    const extra =
      parent.language === 'en'
        ? enRounds
        : parent.region === 'vl'
          ? { ...nlRounds, ...vlRounds }
          : nlRounds;
    return makeI18n(parent.language, parent.region, { ...parent.messages, ...extra });
  }, [parent]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
