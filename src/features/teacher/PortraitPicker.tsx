import { useLive, type PupilRow } from '../../db';
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

const WORDS: PhotoWords = {
  take: 'photoTake',
  pick: 'photoPick',
  shoot: 'photoShoot',
  remove: 'photoRemove',
  notAnImage: 'photoNotImage',
  noCamera: 'cameraUnavailable',
};

/** A portrait from the tablet's front camera or from a picked photo, or none. */
export function PortraitPicker({ pupil }: { pupil: PupilRow }) {
  const t = useT();
  const id = pupil.photoMediaId;
  const thumbnail = useLive(
    async () => (id ? (await thumbnailsOf([id])).get(id) : undefined) ?? null,
    [id],
  );

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
            photo={thumbnail ?? undefined}
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
          // The pupil's live read shows the new portrait.
          await setPupilPhoto(pupil.id, image);
        }}
      />
    </section>
  );
}
