import { useState } from 'preact/hooks';
import { formatBytes } from '../storage';
import { useI18n, useT, type MessageKey } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { languageTag } from '../../i18n/translate';
import { BackupError, type BackupProblem } from './backup-error';
import { checkBackup, type CheckedBackup } from './check-backup';
import { applyImport, previewImport, type ImportPreview, type SamePupil } from './apply-import';
import { recordError } from '../../app/record-error';
import { runAction } from '../../app/action';

/**
 * Why a restore stopped: the file's problem, a partial backup on a new tablet, or a bug in the
 * app itself, which must not be blamed on the file.
 */
type Refusal = BackupProblem | 'needsEverything' | 'appError';

const PROBLEM_MESSAGES: Record<Refusal, MessageKey> = {
  needsEverything: 'restoreNeedsEverything',
  appError: 'restoreAppError',
  notZip: 'backupErrorNotZip',
  truncated: 'backupErrorTruncated',
  notOurs: 'backupErrorNotOurs',
  tooNew: 'backupErrorTooNew',
  tooLarge: 'backupErrorTooLarge',
  compressed: 'backupErrorCompressed',
  badEntryName: 'backupErrorBadEntryName',
  missingEntry: 'backupErrorMissingEntry',
  badChecksum: 'backupErrorBadChecksum',
  needsPassphrase: 'backupErrorNeedsPassphrase',
  wrongPassphrase: 'backupErrorWrongPassphrase',
  badRows: 'backupErrorBadRows',
  badReference: 'backupErrorBadReference',
  tooManyRows: 'backupErrorTooManyRows',
  noSpace: 'backupErrorNoSpace',
};

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'passphrase'; file: File; wrong: boolean }
  | { kind: 'preview'; backup: CheckedBackup; preview: ImportPreview }
  | { kind: 'writing' }
  | { kind: 'done' }
  | { kind: 'refused'; problem: Refusal };

/**
 * Pick a file, give its passphrase when it has one, see what is in it, choose what happens to
 * pupils who are here already, restore. Nothing is written before "Terugzetten".
 */
export function RestoreCard({
  onRestored,
  onlyEverything = false,
}: {
  onRestored: (result: { newClassIds: string[] }) => void | Promise<void>;
  /** On a tablet without a class yet: only a backup of everything, which brings the code. */
  onlyEverything?: boolean;
}) {
  const t = useT();
  const { language, region } = useI18n();
  const dates = useDates();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [passphrase, setPassphrase] = useState('');
  const [samePupil, setSamePupil] = useState<SamePupil>('replace');

  async function check(file: File, phrase?: string) {
    setStep({ kind: 'checking' });
    try {
      const backup = await checkBackup(file, phrase);
      if (onlyEverything && !backup.tables['teacher']?.length)
        return setStep({ kind: 'refused', problem: 'needsEverything' });
      setStep({ kind: 'preview', backup, preview: await previewImport(backup) });
    } catch (error) {
      if (!(error instanceof BackupError)) return refuseForBug(error);
      if (error.problem === 'needsPassphrase' || error.problem === 'wrongPassphrase')
        return setStep({ kind: 'passphrase', file, wrong: error.problem === 'wrongPassphrase' });
      console.warn('backup refused', error.message);
      setStep({ kind: 'refused', problem: error.problem });
    }
  }

  function refuseForBug(error: unknown) {
    console.error(error);
    void recordError(error);
    setStep({ kind: 'refused', problem: 'appError' });
  }

  async function restore(backup: CheckedBackup) {
    setStep({ kind: 'writing' });
    let result: Awaited<ReturnType<typeof applyImport>>;
    try {
      result = await applyImport(backup, samePupil);
    } catch (error) {
      if (!(error instanceof BackupError)) return refuseForBug(error);
      console.error(error);
      return setStep({ kind: 'refused', problem: error.problem });
    }
    // The file is in: what fails after this is the app's, and the restore stays done.
    setStep({ kind: 'done' });
    await onRestored(result);
  }

  const size = (bytes: number) => formatBytes(bytes, languageTag(language, region));
  return (
    <section class="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('restoreTitle')}</h2>
      <p class="hint">{t('restoreHint')}</p>
      <div class="field">
        <label for="restore-file">{t('restoreFile')}</label>
        <input
          id="restore-file"
          type="file"
          accept=".praatpapier,application/zip,application/octet-stream"
          disabled={step.kind === 'checking' || step.kind === 'writing'}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setPassphrase('');
            if (file) runAction(() => check(file));
          }}
        />
      </div>
      {step.kind === 'checking' || step.kind === 'writing' ? (
        <p role="status" class="message">
          {t(step.kind === 'checking' ? 'restoreChecking' : 'restoreBusy')}
        </p>
      ) : null}
      {step.kind === 'refused' ? (
        <p role="alert" class="message message--error">
          {t(PROBLEM_MESSAGES[step.problem])}
        </p>
      ) : null}
      {step.kind === 'done' ? (
        <p role="status" class="message">
          {t('restoreDone')}
        </p>
      ) : null}
      {step.kind === 'passphrase' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            runAction(() => check(step.file, passphrase));
          }}
        >
          <p
            role={step.wrong ? 'alert' : 'status'}
            class={step.wrong ? 'message message--error' : 'message'}
          >
            {t(step.wrong ? 'backupErrorWrongPassphrase' : 'backupErrorNeedsPassphrase')}
          </p>
          <div class="field">
            <label for="restore-passphrase">{t('restorePassphrase')}</label>
            <input
              id="restore-passphrase"
              type="password"
              autocomplete="off"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button--primary" disabled={!passphrase}>
            {t('restoreOpen')}
          </button>
        </form>
      ) : null}
      {step.kind === 'preview' ? (
        <div class="restore-preview">
          <h3>{t('restorePreview')}</h3>
          <p>{t('restoreCreated', { date: dates.day(step.preview.created.slice(0, 10), true) })}</p>
          <ul>
            {step.preview.classes.map((row) => (
              <li key={row.name}>
                {t(row.isNew ? 'restoreClassNew' : 'restoreClassHere', { name: row.name })}
              </li>
            ))}
          </ul>
          <p>
            {t('restoreCounts', {
              pupils: t('countPupils', { count: step.preview.pupils }),
              rounds: t('countRounds', { count: step.preview.rounds }),
              items: t('countItems', { count: step.preview.portfolioItems }),
              photos: t('countPhotos', { count: step.preview.photos }),
              recordings: t('countRecordings', { count: step.preview.recordings }),
              size: size(step.preview.mediaBytes),
            })}
          </p>
          {step.preview.existingPupils.length > 0 ? (
            <fieldset class="field">
              <legend>{t('restoreSame', { names: step.preview.existingPupils.join(', ') })}</legend>
              {(
                [
                  ['replace', 'restoreReplace'],
                  ['keepBoth', 'restoreKeepBoth'],
                ] as const
              ).map(([value, label]) => (
                <label class="choice" key={value}>
                  <input
                    type="radio"
                    name="restore-same"
                    checked={samePupil === value}
                    onChange={() => setSamePupil(value)}
                  />
                  {t(label)}
                </label>
              ))}
            </fieldset>
          ) : null}
          <div class="actions">
            <button type="button" class="button" onClick={() => setStep({ kind: 'choose' })}>
              {t('restoreCancel')}
            </button>
            <button
              type="button"
              class="button button--primary"
              onClick={() => runAction(() => restore(step.backup))}
            >
              {t('restoreConfirm')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
