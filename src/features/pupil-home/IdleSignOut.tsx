import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { useIdleCountdown } from '../../app/idle';
import { ReadAloud } from '../../ui/ReadAloud';
import { DoneIcon } from '../../ui/drawings/icons';
import { IDLE_PROMPT, screenText } from '../voice';

const WARNING_MS = 30_000;

/** Signs an idle pupil out, after a warning they can answer with one tap. */
export function IdleSignOut({ minutes, onSignOut }: { minutes: number; onSignOut: () => void }) {
  const t = useT();
  const { secondsLeft, stillHere } = useIdleCountdown(minutes * 60_000, WARNING_MS, onSignOut);
  if (secondsLeft === null) return null;
  return (
    <Dialog title={t('idleTitle')} onClose={stillHere} role="alertdialog" class="pupil-screen">
      <p>
        {t('idleText', { seconds: secondsLeft })}{' '}
        <ReadAloud
          text={screenText(t('idleTitle'), t('idleStay'))}
          label={`${t('readAloud')}: ${t('idleTitle')}`}
          prompt={IDLE_PROMPT}
        />
      </p>
      <button type="button" class="button button--primary" onClick={stillHere}>
        <DoneIcon />
        {t('idleStay')}
      </button>
    </Dialog>
  );
}
