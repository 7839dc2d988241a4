/**
 * The teacher's screens' messages: the pupil's (to read a pupil's preparation) and their own
 * (rounds; the conversation: print, conversation mode, agreements; backups), in the class's
 * language only (screen-messages.tsx).
 */
import type { ComponentChildren } from 'preact';
import { loadPupilMessages } from './pupil-messages';
import { inLanguage, ScreenMessages, type MessageLoader } from './screen-messages';

const loadTeacherMessages: MessageLoader = async (language, region) => ({
  ...(await loadPupilMessages(language, region)),
  ...(await inLanguage(language, region, {
    nl: async () => {
      const [rounds, talk, backup] = await Promise.all([
        import('./nl-rounds'),
        import('./nl-talk'),
        import('./nl-backup'),
      ]);
      return { ...rounds.nlRounds, ...talk.nlTalk, ...backup.nlBackup };
    },
    vl: async () => {
      const [rounds, talk, backup] = await Promise.all([
        import('./vl-rounds'),
        import('./vl-talk'),
        import('./vl-backup'),
      ]);
      return { ...rounds.vlRounds, ...talk.vlTalk, ...backup.vlBackup };
    },
    en: async () => {
      const [rounds, talk, backup] = await Promise.all([
        import('./en-rounds'),
        import('./en-talk'),
        import('./en-backup'),
      ]);
      return { ...rounds.enRounds, ...talk.enTalk, ...backup.enBackup };
    },
  })),
});

export function TeacherMessages({ children }: { children: ComponentChildren }) {
  return (
    <ScreenMessages name="teacher" load={loadTeacherMessages}>
      {children}
    </ScreenMessages>
  );
}
