import { useEffect, useState } from 'preact/hooks';
import { useObjectUrl } from '../../ui/use-object-url';
import { playableBlob } from './playback';
import { runAction } from '../../app/action';

/**
 * Plays a recording from IndexedDB with a working length and seek bar. The object URL is
 * revoked when the player goes away.
 */
export function MediaPlayer(props: { mediaId: string; kind: 'video' | 'audio'; label: string }) {
  const [blob, setBlob] = useState<Blob>();
  const url = useObjectUrl(blob);
  useEffect(() => {
    let current = true;
    runAction(() => playableBlob(props.mediaId).then((found) => current && setBlob(found)));
    return () => {
      current = false;
    };
  }, [props.mediaId]);
  if (!url) return null;
  return (
    <div class="media-player">
      {props.kind === 'video' ? (
        <video src={url} controls playsInline preload="metadata" aria-label={props.label} />
      ) : (
        <audio src={url} controls preload="metadata" aria-label={props.label} />
      )}
    </div>
  );
}
