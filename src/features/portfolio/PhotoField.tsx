import { useEffect, useState } from 'preact/hooks';
import { isQuotaError, type PortfolioItemRow } from '../../db';
import { photoFromFile, photoFromVideo, readMediaBlob, type StillImage } from '../media';
import { useT } from '../../i18n';
import { CameraShot } from '../../ui/CameraShot';
import { useObjectUrl } from '../../ui/use-object-url';
import { markBusy } from '../../app/busy';
import { setPortfolioPhoto } from './portfolio-repo';
import { runAction } from '../../app/action';

interface PhotoFieldProps {
  pupilId: string;
  item: PortfolioItemRow;
  onChanged: (photoMediaId: string | undefined) => void;
}

/**
 * The item's photo: from the tablet's back camera or its pictures, made smaller on the device
 * (at most 1600 px, plus a thumbnail for lists) before it is stored.
 */
export function PhotoField({ pupilId, item, onChanged }: PhotoFieldProps) {
  const t = useT();
  const [photo, setPhoto] = useState<Blob>();
  const [camera, setCamera] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const url = useObjectUrl(photo);

  useEffect(() => {
    const mediaId = item.photoMediaId;
    if (!mediaId) return setPhoto(undefined);
    runAction(() => readMediaBlob(mediaId).then(setPhoto));
  }, [item.photoMediaId]);

  async function save(make: () => Promise<StillImage | null>) {
    setBusy(true);
    const release = markBusy('photo');
    try {
      const image = await make();
      const photoMediaId = await setPortfolioPhoto(pupilId, item.id, image);
      setCamera(false);
      setError('');
      onChanged(photoMediaId);
    } catch (caught) {
      console.error(caught);
      setError(
        isQuotaError(caught)
          ? t('errorStorageFull')
          : caught instanceof TypeError || (caught as Error).name === 'InvalidStateError'
            ? t('photoNotAnImage')
            : t('errorUnexpected'),
      );
    } finally {
      release();
      setBusy(false);
    }
  }

  const title = item.title.trim() || t('portfolioUntitled');
  return (
    <div class="photo-field">
      {url ? <img src={url} alt={t('photoOf', { title })} class="portfolio-photo" /> : null}
      <div class="actions">
        <button
          type="button"
          class="button button--big"
          aria-expanded={camera}
          onClick={() => setCamera(!camera)}
        >
          {t('photoTakeNew')}
        </button>
        <label class="button button--big">
          {t('photoChoose')}
          <input
            type="file"
            accept="image/*"
            class="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) runAction(() => save(() => photoFromFile(file)));
            }}
          />
        </label>
        {item.photoMediaId ? (
          <button
            type="button"
            class="button"
            onClick={() => runAction(() => save(async () => null))}
          >
            {t('photoDelete')}
          </button>
        ) : null}
      </div>
      {busy ? (
        <p role="status" class="message">
          {t('photoBusy')}
        </p>
      ) : null}
      <p role="alert" class="field-error">
        {error}
      </p>
      {camera ? (
        <CameraShot
          facing="environment"
          previewLabel={t('photoTakeNew')}
          shootLabel={t('photoShootNow')}
          onShot={(video) => runAction(() => save(() => photoFromVideo(video)))}
          onUnavailable={() => {
            setCamera(false);
            setError(t('cameraNotAvailable'));
          }}
        />
      ) : null}
    </div>
  );
}
