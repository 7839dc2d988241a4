import { useState } from 'preact/hooks';
import type { ClassRow, PupilRow, Scope } from '../../db';
import { formatBytes } from '../storage';
import { useI18n, useT } from '../../i18n';
import { languageTag } from '../../i18n/translate';
import { MIN_PASSPHRASE_LENGTH } from './backup-crypto';
import { makeBackup } from './backup-repo';
import type { ScopeInfo } from './format';
import { canShareFile, downloadFile, shareFile } from './save-file';
import { runAction } from '../../app/action';

type ScopeChoice = 'all' | 'class' | 'pupil';

interface MakeBackupProps {
  classRow: ClassRow;
  pupils: PupilRow[];
  /** Offer only "everything" (the end of the school year). */
  everythingOnly?: boolean;
  heading: string;
  onMade?: (file: File) => void;
}

/** Choose what, optionally a passphrase, make the file, and save or share it. */
export function MakeBackupCard({
  classRow,
  pupils,
  everythingOnly,
  heading,
  onMade,
}: MakeBackupProps) {
  const t = useT();
  const { language, region } = useI18n();
  const id = everythingOnly ? 'year-end' : 'backup';
  const [choice, setChoice] = useState<ScopeChoice>('all');
  const [pupilId, setPupilId] = useState(pupils[0]?.id ?? '');
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [made, setMade] = useState<File>();
  const [failed, setFailed] = useState(false);

  const passphraseProblem = !protect
    ? ''
    : passphrase.length < MIN_PASSPHRASE_LENGTH
      ? t('backupPassphraseShort')
      : passphrase !== again
        ? t('backupPassphraseDiffers')
        : '';

  async function make(event: Event) {
    event.preventDefault();
    if (passphraseProblem || progress) return;
    const pupil = pupils.find((row) => row.id === pupilId);
    const [scope, info]: [Scope, ScopeInfo] =
      choice === 'class'
        ? [
            { kind: 'class', classId: classRow.id },
            { kind: 'class', name: classRow.name },
          ]
        : choice === 'pupil' && pupil
          ? [
              { kind: 'pupil', pupilId: pupil.id },
              { kind: 'pupil', name: pupil.firstName },
            ]
          : [{ kind: 'all' }, { kind: 'all' }];
    setFailed(false);
    setMade(undefined);
    setProgress({ done: 0, total: 0 });
    try {
      const file = await makeBackup(scope, info, protect ? passphrase : undefined, (done, total) =>
        setProgress({ done, total }),
      );
      setMade(file);
      onMade?.(file);
    } catch (error) {
      console.error(error);
      setFailed(true);
    } finally {
      setProgress(null);
    }
  }

  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p class="hint">{t('backupMakeHint')}</p>
      <form onSubmit={(event) => runAction(() => make(event))} noValidate>
        {everythingOnly ? null : (
          <fieldset class="field">
            <legend>{t('backupScope')}</legend>
            {(
              [
                ['all', t('backupScopeAll')],
                ['class', t('backupScopeClass', { name: classRow.name })],
                ['pupil', t('backupScopePupil')],
              ] as const
            ).map(([value, label]) => (
              <label class="choice" key={value}>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
        )}
        {choice === 'pupil' && !everythingOnly ? (
          <div class="field">
            <label for={`${id}-pupil`}>{t('backupPupil')}</label>
            <select
              id={`${id}-pupil`}
              value={pupilId}
              onChange={(event) => setPupilId(event.currentTarget.value)}
            >
              {pupils.map((pupil) => (
                <option key={pupil.id} value={pupil.id}>
                  {pupil.firstName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <label class="choice">
          <input
            type="checkbox"
            checked={protect}
            onChange={(event) => setProtect(event.currentTarget.checked)}
          />
          {t('backupProtect')}
        </label>
        {protect ? (
          <>
            <p class="hint">{t('backupProtectHint')}</p>
            <div class="field">
              <label for={`${id}-passphrase`}>
                {t('backupPassphrase', { min: MIN_PASSPHRASE_LENGTH })}
              </label>
              <input
                id={`${id}-passphrase`}
                type="password"
                autocomplete="new-password"
                value={passphrase}
                onInput={(event) => setPassphrase(event.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for={`${id}-again`}>{t('backupPassphraseAgain')}</label>
              <input
                id={`${id}-again`}
                type="password"
                autocomplete="new-password"
                value={again}
                aria-describedby={`${id}-passphrase-problem`}
                onInput={(event) => setAgain(event.currentTarget.value)}
              />
            </div>
            <p id={`${id}-passphrase-problem`} class="field-error">
              {passphrase || again ? passphraseProblem : ''}
            </p>
          </>
        ) : null}
        <button
          type="submit"
          class="button button--primary"
          disabled={Boolean(passphraseProblem) || progress !== null}
        >
          {t('backupMake')}
        </button>
      </form>
      <p role="status" class="message" hidden={!progress && !made && !failed}>
        {progress
          ? progress.total
            ? t('backupBusy', progress)
            : t('backupBusyStart')
          : made
            ? t('backupDone', {
                name: made.name,
                size: formatBytes(made.size, languageTag(language, region)),
              })
            : failed
              ? t('backupFailed')
              : ''}
      </p>
      {made ? (
        <div class="actions">
          {canShareFile(made) ? (
            <button
              type="button"
              class="button"
              onClick={() => void shareFile(made).catch(() => undefined)}
            >
              {t('backupShare')}
            </button>
          ) : null}
          <button type="button" class="button button--primary" onClick={() => downloadFile(made)}>
            {t('backupDownload')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
