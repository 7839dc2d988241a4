import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { MAX_CLASS_NAME_LENGTH, useLive, type Language, type Region } from '../../db';
import { ClassInputError, LanguageFields, listPupils, PasteNames } from '../class';
import { isValidTeacherCode } from '../access';
import { requestPersistentStorage } from '../storage';
// Lazy: restoring is rare, and pulls in the backup code and the teacher's messages.
import { SetupRestore } from '../backup';
import { useI18n } from '../../i18n';
import { writeSetting } from '../../settings';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { Redirect } from '../../app/Redirect';
import { completeSetup } from './setup-repo';
import { InstallAdvice } from './InstallAdvice';
import { CodeFields } from './CodeFields';
import { runAction } from '../../app/action';

type Step = 'welcome' | 'class' | 'pupils' | 'restore';

/** First run: language and wording, install advice, the class and teacher code, the pupils. */
export default function SetupScreen() {
  const { t, language, region } = useI18n();
  const { route } = useLocation();
  const { setupDone, classRow, refresh, setTeacherUnlocked } = useAppState();
  // Setup is open only on a tablet that has none yet; finishing it must not close the screen.
  const wasDone = useRef(setupDone).current;
  const [step, setStep] = useState<Step>('welcome');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  if (wasDone) return <Redirect to={paths.start} />;

  async function chooseLanguage(nextLanguage: Language, nextRegion: Region) {
    await writeSetting('language', nextLanguage);
    await writeSetting('region', nextRegion);
    await refresh();
  }

  return (
    <main class="screen setup-screen">
      <h1 tabIndex={-1} ref={heading}>
        {step === 'welcome'
          ? t('setupTitle')
          : step === 'restore'
            ? t('setupRestore')
            : step === 'class'
              ? t('setupClassStep')
              : t('setupPupilsStep')}
      </h1>
      {step === 'welcome' ? (
        <div class="card">
          <p>{t('setupIntro')}</p>
          <LanguageFields
            language={language}
            region={region}
            onChange={(l, r) => runAction(() => chooseLanguage(l, r))}
          />
          <InstallAdvice />
          <div class="actions">
            <button type="button" class="button button--primary" onClick={() => setStep('class')}>
              {t('next')}
            </button>
            <button type="button" class="button" onClick={() => setStep('restore')}>
              {t('setupRestore')}
            </button>
          </div>
        </div>
      ) : null}
      {step === 'restore' ? (
        <SetupRestore
          onBack={() => setStep('welcome')}
          onRestored={() => runAction(() => refresh().then(() => route(paths.start)))}
        />
      ) : null}
      {step === 'class' ? (
        <ClassStep
          onDone={async () => {
            await refresh();
            setTeacherUnlocked(true);
            setStep('pupils');
          }}
          language={language}
          region={region}
        />
      ) : null}
      {step === 'pupils' && classRow ? (
        <PupilsStep
          classId={classRow.id}
          onFinish={() => route(paths.start)}
          onTeacher={() => route(paths.teacher)}
        />
      ) : null}
    </main>
  );
}

function ClassStep(props: { language: Language; region: Region; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [code, setCode] = useState({ first: '', again: '' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) return setError(t('classNameEmpty'));
    if (!isValidTeacherCode(code.first)) return setError(t('setupCodeInvalid'));
    if (code.first !== code.again) return setError(t('setupCodeMismatch'));
    setBusy(true);
    try {
      await completeSetup({
        name,
        language: props.language,
        region: props.region,
        teacherCode: code.first,
      });
      runAction(() => requestPersistentStorage());
      await props.onDone();
    } catch (caught) {
      const tooLong = caught instanceof ClassInputError && caught.reason === 'class-name-too-long';
      setError(tooLong ? t('classNameTooLong') : t('errorUnexpected'));
      setBusy(false);
    }
  }

  return (
    <form class="card" onSubmit={(event) => runAction(() => submit(event))} noValidate>
      <div class="field">
        <label for="class-name">{t('setupClassName')}</label>
        <input
          id="class-name"
          value={name}
          maxLength={MAX_CLASS_NAME_LENGTH}
          autocomplete="off"
          placeholder={t('classNameExample')}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <h2>{t('setupCodeStep')}</h2>
      <p>{t('setupCodeIntro')}</p>
      <CodeFields value={code} onChange={setCode} />
      <p role="alert" class="field-error">
        {error ?? ''}
      </p>
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('next')}
      </button>
    </form>
  );
}

function PupilsStep(props: { classId: string; onFinish: () => void; onTeacher: () => void }) {
  const { t } = useI18n();
  const pupils = useLive(() => listPupils(props.classId), [props.classId]) ?? [];
  return (
    <div class="card">
      <p>{t('setupPupilsIntro')}</p>
      <PasteNames classId={props.classId} />
      {pupils.length > 0 ? (
        <ul class="name-list" aria-label={t('pupilsTitle')}>
          {pupils.map((pupil) => (
            <li key={pupil.id}>{pupil.firstName}</li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <button type="button" class="button button--primary" onClick={props.onFinish}>
          {t('setupFinish')}
        </button>
        <button type="button" class="button" onClick={props.onTeacher}>
          {t('teacherHome')}
        </button>
      </div>
    </div>
  );
}
