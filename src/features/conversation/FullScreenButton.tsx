import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';

/** Full screen during the talk, so nothing else on the tablet draws the eye. */
export function FullScreenButton() {
  const t = useT();
  const [full, setFull] = useState(Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  // iPad Safari has no fullscreen for pages; there the installed app already is full screen.
  if (!document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      class="button"
      aria-pressed={full}
      onClick={() =>
        void (
          full ? document.exitFullscreen() : document.documentElement.requestFullscreen()
        ).catch(() => undefined)
      }
    >
      {t('talkFullScreen')}
    </button>
  );
}
