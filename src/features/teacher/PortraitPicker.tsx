import { useEffect, useState } from 'preact/hooks';
import type { PupilRow } from '../../db';
import { setPupilPhoto } from '../class';
import { portraitFromFile, squarePortrait, thumbnailsOf } from '../media';
import { isQuotaError } from '../../db';
import { useT } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { CameraShot } from '../../ui/CameraShot';
import { runAction } from '../../app/action';

/** A portrait from the tablet's front camera or from a picked photo, or none. */
export function PortraitPicker({ pupil, onChanged }: { pupil: PupilRow; onChanged: () => void }) {
  const t = useT();
  const [camera, setCamera] = useState(false);
  const [error, setError] = useState('');
  const [thumbnail, setThumbnail] = useState<Blob>();

  useEffect(() => {
    if (!pupil.photoMediaId) return setThumbnail(undefined);
    const id = pupil.photoMediaId;
    runAction(() => thumbnailsOf([id]).then((found) => setThumbnail(found.get(id))));
  }, [pupil.photoMediaId]);

  async function save(make: () => Promise<Parameters<typeof setPupilPhoto>[1]>) {
    try {
      await setPupilPhoto(pupil.id, await make());
      setError('');
      setCamera(false);
      onChanged();
    } catch (caught) {
      console.error(caught);
      setError(
        isQuotaError(caught)
          ? t('errorStorageFull')
          : caught instanceof TypeError || (caught as Error).name === 'InvalidStateError'
            ? t('photoNotImage')
            : t('errorUnexpected'),
      );
    }
  }

  return (
    <section class="card" aria-labelledby="photo-heading">
      <h2 id="photo-heading">{t('photoTitle')}</h2>
      <div class="portrait-row">
        <Avatar
          drawing={pupil.avatar.drawing}
          colour={pupil.avatar.colour}
          photo={thumbnail}
          size={96}
        />
        <div class="actions">
          <button
            type="button"
            class="button"
            onClick={() => setCamera(!camera)}
            aria-expanded={camera}
          >
            {t('photoTake')}
          </button>
          <label class="button">
            {t('photoPick')}
            <input
              type="file"
              accept="image/*"
              class="visually-hidden"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) runAction(() => save(() => portraitFromFile(file)));
              }}
            />
          </label>
          {pupil.photoMediaId ? (
            <button
              type="button"
              class="button button--danger"
              onClick={() => runAction(() => save(async () => null))}
            >
              {t('photoRemove')}
            </button>
          ) : null}
        </div>
      </div>
      <p role="alert" class="field-error">
        {error}
      </p>
      {camera ? (
        <CameraShot
          facing="user"
          previewLabel={t('photoTake')}
          shootLabel={t('photoShoot')}
          onShot={(video) =>
            runAction(() =>
              save(() =>
                squarePortrait(video, { width: video.videoWidth, height: video.videoHeight }),
              ),
            )
          }
          onUnavailable={() => {
            setCamera(false);
            setError(t('cameraUnavailable'));
          }}
        />
      ) : null}
    </section>
  );
}
