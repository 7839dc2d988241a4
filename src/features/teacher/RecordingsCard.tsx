import { useState } from 'preact/hooks';
import { useLive, type PupilRow } from '../../db';
import { deleteRecordingsOf, mediaUsageByKind } from '../media';
import { formatBytes } from '../storage';
import { languageTag, useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { runAction } from '../../app/action';

/** How much room a pupil's videos and spoken answers take, and deleting them all. */
export function RecordingsCard({ pupil }: { pupil: PupilRow }) {
  const { t, language, region } = useI18n();
  const usage = useLive(() => mediaUsageByKind(pupil.id), [pupil.id]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  if (!usage) return null;
  const locale = languageTag(language, region);
  const count = usage.video.count + usage.audio.count;
  const name = pupil.firstName;

  async function remove() {
    await deleteRecordingsOf(pupil.id);
    setConfirming(false);
    setMessage(t('recordingsDeleted'));
  }

  return (
    <section class="card" aria-labelledby="recordings-heading">
      <h2 id="recordings-heading">{t('recordingsTitle')}</h2>
      <p>
        {count === 0
          ? t('recordingsNone')
          : t('recordingsUsage', {
              videos: usage.video.count,
              videoSize: formatBytes(usage.video.bytes, locale),
              audios: usage.audio.count,
              audioSize: formatBytes(usage.audio.bytes, locale),
            })}
      </p>
      <p role="status">{message}</p>
      {count > 0 ? (
        <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
          {t('recordingsDelete', { name })}
        </button>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('recordingsDelete', { name })}
          text={t('recordingsDeleteConfirm', { name })}
          confirmLabel={t('delete')}
          onConfirm={() => runAction(remove)}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
