import { useState } from 'preact/hooks';
import type { PupilRow } from '../../db';
import { deletePupil } from '../class';
import { mediaUsageOf, type MediaUsage } from '../media';
import { formatBytes } from '../storage';
import { languageTag, useI18n } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

/** Delete, after a confirmation that says exactly what goes. */
export function DeletePupil({ pupil, onDeleted }: { pupil: PupilRow; onDeleted: () => void }) {
  const { t, language, region } = useI18n();
  const [usage, setUsage] = useState<MediaUsage>();
  const name = pupil.firstName;

  return (
    <>
      <button
        type="button"
        class="button button--danger"
        onClick={() => void mediaUsageOf(pupil.id).then(setUsage)}
      >
        {t('deletePupil', { name })}
      </button>
      {usage ? (
        <Dialog
          title={t('deleteConfirmTitle', { name })}
          role="alertdialog"
          onClose={() => setUsage(undefined)}
        >
          <p>
            {t('deleteConfirmText', {
              name,
              media: usage.count,
              size: formatBytes(usage.bytes, languageTag(language, region)),
            })}
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={() => setUsage(undefined)}>
              {t('cancel')}
            </button>
            <button
              type="button"
              class="button button--danger button--primary"
              onClick={() => void deletePupil(pupil.id).then(onDeleted)}
            >
              {t('deleteConfirm', { name })}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
