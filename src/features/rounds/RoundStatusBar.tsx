import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLive, type RoundRow } from '../../db';
import { useT } from '../../i18n';
import type { SaveState } from '../../app/autosave';
import { paths } from '../../app/paths';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { closeRound, currentRound, deleteDraftRound, deleteRound, openRound } from './rounds-repo';
import type { RoundProblem } from './round-rules';
import { STATUS_LABELS } from './labels';
import { runAction } from '../../app/action';

interface Props {
  round: RoundRow;
  problems: RoundProblem[];
  saveState: SaveState;
}

/**
 * Where the round stands (draft, open, closed), whether it is saved, and starting or closing it.
 * Opening or closing changes the stored round, and the editor starts again from it.
 */
export function RoundStatusBar({ round, problems, saveState }: Props) {
  const t = useT();
  const { route } = useLocation();
  const openOther = useLive(() => currentRound(round.classId), [round.classId]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const replaces = openOther && openOther.id !== round.id ? openOther : undefined;

  return (
    <div class="card round-status">
      <p role="status" class="round-status-line">
        <strong>{t(STATUS_LABELS[round.status])}</strong>
        {saveState === 'saved'
          ? ` · ${t('saved')}`
          : saveState === 'failed'
            ? ` · ${t('errorUnexpected')}`
            : ''}
      </p>
      {round.status === 'open' ? <p>{t('roundOpened')}</p> : null}
      <div class="actions">
        {round.status !== 'open' ? (
          <button
            type="button"
            class="button button--primary"
            disabled={problems.length > 0 || saveState === 'pending'}
            onClick={() => runAction(() => openRound(round.id))}
          >
            {t('roundOpen')}
          </button>
        ) : (
          <>
            <a class="button button--primary" href={paths.teacherOverview}>
              {t('overviewTitle')}
            </a>
            <button
              type="button"
              class="button"
              onClick={() => runAction(() => closeRound(round.id))}
            >
              {t('roundClose')}
            </button>
          </>
        )}
        {round.status === 'closed' ? (
          <button
            type="button"
            class="button button--danger"
            onClick={() => setConfirmDelete(true)}
          >
            {t('roundErase')}
          </button>
        ) : null}
        {round.status === 'draft' ? (
          <button
            type="button"
            class="button button--danger"
            onClick={() =>
              runAction(() => deleteDraftRound(round.id).then(() => route(paths.teacher, true)))
            }
          >
            {t('roundDelete')}
          </button>
        ) : null}
      </div>
      {confirmDelete ? (
        <ConfirmDialog
          title={t('roundErase')}
          text={t('roundEraseConfirm', { title: round.title })}
          confirmLabel={t('roundErase')}
          onConfirm={() =>
            runAction(() => deleteRound(round.id).then(() => route(paths.teacher, true)))
          }
          onCancel={() => setConfirmDelete(false)}
        />
      ) : null}
      {round.status !== 'open' && replaces ? (
        <p class="field-hint">{t('roundOpenReplaces', { title: replaces.title })}</p>
      ) : null}
    </div>
  );
}
