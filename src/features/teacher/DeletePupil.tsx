import { useState } from 'preact/hooks';
import type { PupilRow } from '../../db';
import { deletePupil } from '../class';
import { mediaUsageOf, type MediaUsage } from '../media';
import { formatBytes } from '../storage';
import { languageTag, useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { runAction } from '../../app/action';

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
        onClick={() => runAction(() => mediaUsageOf(pupil.id).then(setUsage))}
      >
        {t('deletePupil', { name })}
      </button>
      {usage ? (
        <ConfirmDialog
          title={t('deleteConfirmTitle', { name })}
          text={t('deleteConfirmText', {
            name,
            media: usage.count,
            size: formatBytes(usage.bytes, languageTag(language, region)),
          })}
          confirmLabel={t('deleteConfirm', { name })}
          onConfirm={() => runAction(() => deletePupil(pupil.id).then(onDeleted))}
          onCancel={() => setUsage(undefined)}
        />
      ) : null}
    </>
  );
}
