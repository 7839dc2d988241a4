import { useState } from 'preact/hooks';
import {
  useLive,
  DEFAULT_RECORDING_MINUTES,
  inMinutesRange,
  MAX_CLASS_NAME_LENGTH,
  MAX_IDLE_MINUTES,
  MAX_RECORDING_MINUTES,
  type ClassRow,
} from '../../db';
import { LanguageFields, updateClass } from '../class';
import {
  isValidTeacherCode,
  setTeacherCode,
  setTeacherLockMinutes,
  teacherLockMinutes,
} from '../access';
import { useT } from '../../i18n';
import { CodeInput } from '../../ui/CodeInput';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { StorageInfo } from './StorageInfo';
import { ErrorLogCard } from './ErrorLogCard';
import { classInputMessage } from './messages';
import { runAction } from '../../app/action';

/** Class name, language and wording, idle times, the teacher code, storage and the error log. */
export function SettingsScreen() {
  const t = useT();
  const { classRow, refresh } = useAppState();
  const lockMinutes = useLive(() => teacherLockMinutes(), []);
  if (!classRow) return null;
  return (
    <main class="screen teacher-screen">
      <TeacherHeader title={t('settingsTitle')} back={paths.teacher} />
      {lockMinutes === undefined ? null : (
        <ClassSettings classRow={classRow} lockMinutes={lockMinutes} onSaved={refresh} />
      )}
      <ChangeCode />
      <StorageInfo />
      <ErrorLogCard />
    </main>
  );
}

/**
 * A form the teacher saves: its fields are a draft loaded once, so a write elsewhere never
 * replaces what is being typed. The app's state holds the class (its language and words), so a
 * change to the class is told to it (`onSaved`).
 */
function ClassSettings({
  classRow,
  lockMinutes,
  onSaved,
}: {
  classRow: ClassRow;
  lockMinutes: number;
  onSaved: () => Promise<void>;
}) {
  const t = useT();
  const [name, setName] = useState(classRow.name);
  const [pupilIdle, setPupilIdle] = useState(String(classRow.pupilIdleMinutes));
  const [teacherIdle, setTeacherIdle] = useState(String(lockMinutes));
  const [cap, setCap] = useState(String(classRow.recordingCapMinutes ?? DEFAULT_RECORDING_MINUTES));
  const [message, setMessage] = useState({ text: '', error: false });

  async function save(event: Event) {
    event.preventDefault();
    const lock = Number(teacherIdle);
    if (!inMinutesRange(lock, MAX_IDLE_MINUTES)) {
      return setMessage({ text: t('minutesRange', { max: MAX_IDLE_MINUTES }), error: true });
    }
    try {
      await updateClass(classRow.id, {
        name,
        pupilIdleMinutes: Number(pupilIdle),
        recordingCapMinutes: Number(cap),
      });
      await setTeacherLockMinutes(lock);
      setMessage({ text: t('saved'), error: false });
      await onSaved();
    } catch (caught) {
      setMessage({ text: classInputMessage(t, caught), error: true });
    }
  }

  return (
    <form class="card" onSubmit={(event) => runAction(() => save(event))} noValidate>
      <LanguageFields
        language={classRow.language}
        region={classRow.region}
        onChange={(language, region) =>
          runAction(() => updateClass(classRow.id, { language, region }).then(onSaved))
        }
      />
      <div class="field">
        <label for="class-name">{t('setupClassName')}</label>
        <input
          id="class-name"
          value={name}
          maxLength={MAX_CLASS_NAME_LENGTH}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="pupil-idle">{t('pupilIdle')}</label>
        <input
          id="pupil-idle"
          type="number"
          min={1}
          max={MAX_IDLE_MINUTES}
          value={pupilIdle}
          onInput={(e) => setPupilIdle(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="teacher-idle">{t('teacherIdle')}</label>
        <input
          id="teacher-idle"
          type="number"
          min={1}
          max={MAX_IDLE_MINUTES}
          value={teacherIdle}
          onInput={(e) => setTeacherIdle(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="recording-cap">{t('recordingCap')}</label>
        <input
          id="recording-cap"
          type="number"
          min={1}
          max={MAX_RECORDING_MINUTES}
          value={cap}
          onInput={(e) => setCap(e.currentTarget.value)}
        />
      </div>
      <p role="status" class={message.error ? 'field-error' : ''}>
        {message.text}
      </p>
      <button type="submit" class="button button--primary">
        {t('save')}
      </button>
    </form>
  );
}

function ChangeCode() {
  const t = useT();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState({ text: '', error: false });

  async function save(event: Event) {
    event.preventDefault();
    if (!isValidTeacherCode(code)) return setMessage({ text: t('setupCodeInvalid'), error: true });
    await setTeacherCode(code);
    setCode('');
    setMessage({ text: t('codeChanged'), error: false });
  }

  return (
    <form class="card" onSubmit={(event) => runAction(() => save(event))} noValidate>
      <h2>{t('changeCode')}</h2>
      <CodeInput
        id="new-code"
        label={t('newCode')}
        autocomplete="new-password"
        value={code}
        onChange={setCode}
      />
      <p role="status" class={message.error ? 'field-error' : ''}>
        {message.text}
      </p>
      <button type="submit" class="button">
        {t('changeCode')}
      </button>
    </form>
  );
}
