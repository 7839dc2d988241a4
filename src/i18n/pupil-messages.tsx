/** The pupil's preparation screens' messages, in the class's language only (screen-messages.tsx). */
import type { ComponentChildren } from 'preact';
import { inLanguage, ScreenMessages, type MessageLoader } from './screen-messages';

export const loadPupilMessages: MessageLoader = (language, region) =>
  inLanguage(language, region, {
    nl: async () => (await import('./nl-pupil')).nlPupil,
    vl: async () => (await import('./vl-pupil')).vlPupil,
    en: async () => (await import('./en-pupil')).enPupil,
  });

export function PupilMessages({ children }: { children: ComponentChildren }) {
  return (
    <ScreenMessages name="pupil" load={loadPupilMessages}>
      {children}
    </ScreenMessages>
  );
}
