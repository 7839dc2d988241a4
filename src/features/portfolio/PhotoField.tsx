import { useLive, type PortfolioItemRow } from '../../db';
import {
  photoFromFile,
  photoFromVideo,
  PhotoControls,
  readMediaBlob,
  type PhotoWords,
} from '../media';
import { useT } from '../../i18n';
import { useObjectUrl } from '../../ui/use-object-url';
import { setPortfolioPhoto } from './portfolio-repo';

interface PhotoFieldProps {
  pupilId: string;
  item: PortfolioItemRow;
}

const WORDS: PhotoWords = {
  take: 'photoTakeNew',
  pick: 'photoChoose',
  shoot: 'photoShootNow',
  remove: 'photoDelete',
  notAnImage: 'photoNotAnImage',
  noCamera: 'cameraNotAvailable',
  busy: 'photoBusy',
};

/**
 * The item's photo: from the tablet's back camera or its pictures, made smaller on the device
 * (at most 1600 px, plus a thumbnail for lists) before it is stored.
 */
export function PhotoField({ pupilId, item }: PhotoFieldProps) {
  const t = useT();
  const mediaId = item.photoMediaId;
  const photo = useLive(async () => (mediaId ? await readMediaBlob(mediaId) : null), [mediaId]);
  const url = useObjectUrl(photo);

  const title = item.title.trim() || t('portfolioUntitled');
  return (
    <div class="photo-field">
      <PhotoControls
        facing="environment"
        pupil
        preview={
          url ? <img src={url} alt={t('photoOf', { title })} class="portfolio-photo" /> : null
        }
        hasPhoto={Boolean(item.photoMediaId)}
        words={WORDS}
        fromFile={photoFromFile}
        fromVideo={photoFromVideo}
        store={async (image) => {
          // The item's live read shows the new photo.
          await setPortfolioPhoto(pupilId, item.id, image);
        }}
      />
    </div>
  );
}
