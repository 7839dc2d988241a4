/**
 * Messages that load with the screens that use them (lazy chunks) instead of with the start
 * screen, which pupils open many times a day on a cheap tablet: the teacher screens' messages
 * (rounds; the conversation: print, conversation mode, agreements; backups),
 * and the pupil's preparation screens' messages (which the teacher needs too, to read a
 * pupil's preparation).
 */
import type { ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { I18nContext, makeI18n } from './index';
import { nlRounds } from './nl-rounds';
import { enRounds } from './en-rounds';
import { vlRounds } from './vl-rounds';
import { nlPupil } from './nl-pupil';
import { enPupil } from './en-pupil';
import { vlPupil } from './vl-pupil';
import { nlTalk } from './nl-talk';
import { enTalk } from './en-talk';
import { vlTalk } from './vl-talk';
import { nlBackup } from './nl-backup';
import { enBackup } from './en-backup';
import { vlBackup } from './vl-backup';

type Set = Record<string, string>;

function MoreMessages(props: { nl: Set; en: Set; vl: Set; children: ComponentChildren }) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => {
    const extra =
      parent.language === 'en'
        ? props.en
        : parent.region === 'vl'
          ? { ...props.nl, ...props.vl }
          : props.nl;
    return makeI18n(parent.language, parent.region, { ...parent.messages, ...extra });
  }, [parent]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function TeacherMessages({ children }: { children: ComponentChildren }) {
  return (
    <MoreMessages
      nl={{ ...nlPupil, ...nlRounds, ...nlTalk, ...nlBackup }}
      en={{ ...enPupil, ...enRounds, ...enTalk, ...enBackup }}
      vl={{ ...vlPupil, ...vlRounds, ...vlTalk, ...vlBackup }}
    >
      {children}
    </MoreMessages>
  );
}

export function PupilMessages({ children }: { children: ComponentChildren }) {
  return (
    <MoreMessages nl={nlPupil} en={enPupil} vl={vlPupil}>
      {children}
    </MoreMessages>
  );
}
