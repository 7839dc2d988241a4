import { useState } from 'preact/hooks';
import type { ClassRow, PupilRow } from '../../db';
import { useT } from '../../i18n';
import { MakeBackupCard } from './MakeBackupCard';
import { EraseForm } from './EraseForm';

/**
 * The end of the school year in two steps: a backup of everything first (the wipe is offered
 * only after it is made), then erasing, after ticking a box and typing the erase word.
 */
export function YearEndCard({ classRow, pupils }: { classRow: ClassRow; pupils: PupilRow[] }) {
  const t = useT();
  const [backedUp, setBackedUp] = useState(false);
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
      <EraseForm
        id="year-end-word"
        understand="yearEndUnderstand"
        confirm="yearEndWipe"
        locked={!backedUp}
      >
        <h3>{t('yearEndStepWipe')}</h3>
      </EraseForm>
    </section>
  );
}
