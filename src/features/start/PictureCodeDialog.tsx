import { useEffect, useState } from 'preact/hooks';
import type { StartPupil } from '../../db';
import {
  checkPictureCode,
  clearLockout,
  lockoutOf,
  NO_LOCKOUT,
  PICTURE_CODE_LENGTH,
  recordWrongTry,
  secondsToWait,
  type Lockout,
} from '../access';
import { pictureName, useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { PictureCodePad } from '../../ui/PictureCodePad';
import { CODE_PICTURE_IDS, type CodePictureId } from '../../ui/drawings/code-pictures';
import { runAction } from '../../app/action';

interface Props {
  pupil: StartPupil;
  onClose: () => void;
  onSuccess: () => void;
}

/** The pupil taps their three pictures; three wrong tries make them wait (kept across reloads). */
export function PictureCodeDialog({ pupil, onClose, onSuccess }: Props) {
  const t = useT();
  const [lockout, setLockout] = useState<Lockout>(NO_LOCKOUT);
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    runAction(() => lockoutOf(pupil.id).then(setLockout));
  }, [pupil.id]);

  const wait = secondsToWait(lockout, now);
  useEffect(() => {
    if (wait <= 0) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [wait > 0]);

  const names = Object.fromEntries(
    CODE_PICTURE_IDS.map((id) => [id, t(pictureName(id))]),
  ) as Record<CodePictureId, string>;

  async function tryCode(pictures: CodePictureId[]) {
    setChecking(true);
    const ok = await checkPictureCode(pupil.id, pictures);
    setChecking(false);
    if (ok) {
      await clearLockout(pupil.id);
      onSuccess();
      return;
    }
    setLockout(await recordWrongTry(pupil.id));
    setNow(Date.now());
    setWrong(true);
  }

  return (
    <Dialog
      title={t('codeTitle', { name: pupil.firstName })}
      onClose={onClose}
      class="pupil-screen code-dialog"
    >
      <p role="alert" class={wait > 0 || wrong ? 'message message--warn' : 'visually-hidden'}>
        {wait > 0 ? t('codeWait', { seconds: wait }) : wrong ? t('codeWrong') : ''}
      </p>
      <PictureCodePad
        length={PICTURE_CODE_LENGTH}
        names={names}
        slotLabel={(n, picture) =>
          picture ? t('codeSlotFilled', { n, picture }) : t('codeSlot', { n })
        }
        clearLabel={t('codeClear')}
        disabled={checking || wait > 0}
        onComplete={(pictures) => runAction(() => tryCode(pictures))}
      />
      <div class="actions">
        <button type="button" class="button" onClick={onClose}>
          {t('codeNotMe')}
        </button>
      </div>
    </Dialog>
  );
}
