import { useState } from 'preact/hooks';
import type { ClassRow, PupilRow } from '../../db';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { MakeBackupCard } from './MakeBackupCard';
import { wipeTablet } from './backup-repo';
import { runAction } from '../../app/action';

/**
 * The end of the school year in two steps: a backup of everything first (the wipe is offered
 * only after it is made), then erasing, after ticking a box and typing the erase word.
 */
export function YearEndCard({ classRow, pupils }: { classRow: ClassRow; pupils: PupilRow[] }) {
  const t = useT();
  const [backedUp, setBackedUp] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [word, setWord] = useState('');
  const [busy, setBusy] = useState(false);
  const confirmed = backedUp && understood && word.trim().toUpperCase() === t('resetWord');

  async function wipe(event: Event) {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    await wipeTablet();
    window.location.replace(paths.setup);
  }

  return (
    <section class="card year-end" aria-labelledby="year-end-title">
      <h2 id="year-end-title">{t('yearEndTitle')}</h2>
      <p>{t('yearEndHint')}</p>
      <MakeBackupCard
        classRow={classRow}
        pupils={pupils}
        everythingOnly
        heading={t('yearEndStepBackup')}
        onMade={() => setBackedUp(true)}
      />
      {backedUp ? <p class="message">{t('yearEndBackupDone')}</p> : null}
      <form onSubmit={(event) => runAction(() => wipe(event))}>
        <h3>{t('yearEndStepWipe')}</h3>
        <fieldset class="field" disabled={!backedUp}>
          <legend class="visually-hidden">{t('yearEndStepWipe')}</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={understood}
              onChange={(event) => setUnderstood(event.currentTarget.checked)}
            />
            {t('yearEndUnderstand')}
          </label>
          <label for="year-end-word">{t('resetTypeWord')}</label>
          <input
            id="year-end-word"
            value={word}
            autocomplete="off"
            onInput={(event) => setWord(event.currentTarget.value)}
          />
        </fieldset>
        <button
          type="submit"
          class="button button--danger button--primary"
          disabled={!confirmed || busy}
        >
          {busy ? t('resetBusy') : t('yearEndWipe')}
        </button>
      </form>
    </section>
  );
}
