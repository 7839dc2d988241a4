import { useLocation } from 'preact-iso';
import { useT } from '../i18n';
import { paths } from './paths';

/**
 * What an area shows when it broke. It depends on nothing that could have failed: no database,
 * no screen's lazily loaded messages (its own are in the start messages), only its own drawing.
 */
export function AreaFallback(props: {
  beforeHome?: () => Promise<void> | void;
  onReset: () => void;
}) {
  const t = useT();
  const { route } = useLocation();

  async function home() {
    try {
      await props.beforeHome?.();
    } catch (error) {
      // Going home matters more than what had to happen first (it is logged, not shown).
      console.error(error);
    }
    // Leave first: drawn again where it broke, the screen would only break (and log) again.
    route(paths.start);
    props.onReset();
  }

  return (
    <main class="screen pupil-screen area-fallback">
      <OopsDrawing />
      <h1>{t('fallbackTitle')}</h1>
      <p class="area-fallback-text">{t('fallbackText')}</p>
      <button type="button" class="button button--primary button--big" onClick={() => void home()}>
        {t('fallbackHome')}
      </button>
    </main>
  );
}

/** A round face with a small sticking plaster: something went wrong, nothing bad happened. */
function OopsDrawing() {
  return (
    <svg
      class="area-fallback-picture"
      viewBox="0 0 120 120"
      width="160"
      height="160"
      aria-hidden="true"
    >
      <circle cx="60" cy="60" r="52" fill="#ffe08a" stroke="#5b4a1f" stroke-width="4" />
      <circle cx="42" cy="50" r="6" fill="#5b4a1f" />
      <circle cx="78" cy="50" r="6" fill="#5b4a1f" />
      <path
        d="M40 84 q20 -14 40 0"
        fill="none"
        stroke="#5b4a1f"
        stroke-width="5"
        stroke-linecap="round"
      />
      <g transform="rotate(-30 86 28)">
        <rect
          x="70"
          y="20"
          width="32"
          height="14"
          rx="7"
          fill="#f7c6a3"
          stroke="#5b4a1f"
          stroke-width="2"
        />
        <circle cx="82" cy="27" r="1.5" fill="#5b4a1f" />
        <circle cx="90" cy="27" r="1.5" fill="#5b4a1f" />
      </g>
    </svg>
  );
}
