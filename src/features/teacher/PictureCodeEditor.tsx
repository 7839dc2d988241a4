import { useState } from 'preact/hooks';
import type { PupilRow } from '../../db';
import { clearLockout, clearPictureCode, PICTURE_CODE_LENGTH, setPictureCode } from '../access';
import { pictureName, useT } from '../../i18n';
import { PictureCodePad } from '../../ui/PictureCodePad';
import { CODE_PICTURE_IDS, CodePicture, type CodePictureId } from '../../ui/drawings/code-pictures';
import { runAction } from '../../app/action';

/**
 * Sets, resets or removes a pupil's picture code. The new code is shown once, so the teacher
 * can tell the child; afterwards only its hash exists. `pupil` is read live: whether a code is
 * set follows the write.
 */
export function PictureCodeEditor({ pupil }: { pupil: PupilRow }) {
  const t = useT();
  const [justSet, setJustSet] = useState<CodePictureId[]>();
  const names = Object.fromEntries(
    CODE_PICTURE_IDS.map((id) => [id, t(pictureName(id))]),
  ) as Record<CodePictureId, string>;

  async function save(pictures: CodePictureId[]) {
    await setPictureCode(pupil.id, pictures);
    await clearLockout(pupil.id);
    setJustSet(pictures);
  }

  return (
    <section class="card" aria-labelledby="code-heading">
      <h2 id="code-heading">{t('pictureCodeTitle')}</h2>
      <p>{pupil.pictureCode ? t('pictureCodeIsSet') : t('pictureCodeNone')}</p>
      <div role="status">
        {justSet ? (
          <div class="message">
            <p>{t('pictureCodeSaved')}</p>
            <p class="code-shown">
              {justSet.map((id, index) => (
                <span key={index} class="code-shown-picture">
                  <CodePicture id={id} size={48} /> {names[id]}
                </span>
              ))}
            </p>
          </div>
        ) : null}
      </div>
      <p>{t('pictureCodeChoose')}</p>
      <PictureCodePad
        length={PICTURE_CODE_LENGTH}
        names={names}
        slotLabel={(n, picture) =>
          picture ? t('codeSlotFilled', { n, picture }) : t('codeSlot', { n })
        }
        clearLabel={t('codeClear')}
        onComplete={(pictures) => runAction(() => save(pictures))}
      />
      {pupil.pictureCode ? (
        <button
          type="button"
          class="button button--danger"
          onClick={() =>
            runAction(async () => {
              await clearPictureCode(pupil.id);
              setJustSet(undefined);
            })
          }
        >
          {t('pictureCodeRemove')}
        </button>
      ) : null}
    </section>
  );
}
