import type { Share } from '../../db';
import { useT } from '../../i18n';
import { ShareChoice } from '../../ui/ShareChoice';
import { useObjectUrl } from '../../ui/use-object-url';

/**
 * One thing on the "what may go to my parents" list: its photo (if it has one) beside its name,
 * so a child who cannot read the typed title still knows which piece of work it is.
 */
export function ShareItem({
  name,
  share,
  thumbnail,
  onChange,
}: {
  name: string;
  share: Share;
  thumbnail?: Blob;
  onChange: (share: Share) => void;
}) {
  const t = useT();
  const url = useObjectUrl(thumbnail);
  return (
    <li class="card pupil-card share-item">
      <div class="share-what">
        {url ? <img class="share-photo" src={url} alt={t('photoOf', { title: name })} /> : null}
        <p class="share-name">{name}</p>
      </div>
      <ShareChoice
        compact
        label={`${t('shareQuestion')} ${name}`}
        value={share}
        onChange={onChange}
      />
    </li>
  );
}
