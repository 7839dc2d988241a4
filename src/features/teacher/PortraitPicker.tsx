import { useEffect, useState } from 'preact/hooks';
import type { PupilRow } from '../../db';
import { setPupilPhoto } from '../class';
import {
  PhotoControls,
  portraitFromFile,
  squarePortrait,
  thumbnailsOf,
  type PhotoWords,
} from '../media';
import { useT } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { runAction } from '../../app/action';

const WORDS: PhotoWords = {
  take: 'photoTake',
  pick: 'photoPick',
  shoot: 'photoShoot',
  remove: 'photoRemove',
  notAnImage: 'photoNotImage',
  noCamera: 'cameraUnavailable',
};

/** A portrait from the tablet's front camera or from a picked photo, or none. */
export function PortraitPicker({ pupil, onChanged }: { pupil: PupilRow; onChanged: () => void }) {
  const t = useT();
  const [thumbnail, setThumbnail] = useState<Blob>();

  useEffect(() => {
    if (!pupil.photoMediaId) return setThumbnail(undefined);
    const id = pupil.photoMediaId;
    runAction(() => thumbnailsOf([id]).then((found) => setThumbnail(found.get(id))));
  }, [pupil.photoMediaId]);

  return (
    <section class="card" aria-labelledby="photo-heading">
      <h2 id="photo-heading">{t('photoTitle')}</h2>
      <PhotoControls
        facing="user"
        rowClass="portrait-row"
        preview={
          <Avatar
            drawing={pupil.avatar.drawing}
            colour={pupil.avatar.colour}
            photo={thumbnail}
            size={96}
          />
        }
        hasPhoto={Boolean(pupil.photoMediaId)}
        words={WORDS}
        fromFile={portraitFromFile}
        fromVideo={(video) =>
          squarePortrait(video, { width: video.videoWidth, height: video.videoHeight })
        }
        store={async (image) => {
          await setPupilPhoto(pupil.id, image);
          onChanged();
        }}
      />
    </section>
  );
}
