import { useT } from '../../i18n';

function isAppleTablet(): boolean {
  return (
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

export function isStandalone(): boolean {
  const legacy = (navigator as Navigator & { standalone?: boolean }).standalone;
  return legacy === true || window.matchMedia('(display-mode: standalone)').matches;
}

/** The share button and "Add to Home Screen", drawn, for teachers who look before they read. */
function AddToHomeScreenPicture() {
  return (
    <svg class="install-picture" viewBox="0 0 240 120" width="240" height="120" aria-hidden="true">
      <rect
        x="4"
        y="4"
        width="232"
        height="112"
        rx="14"
        fill="#fff"
        stroke="#1f2937"
        stroke-width="3"
      />
      <rect
        x="24"
        y="22"
        width="40"
        height="40"
        rx="8"
        fill="#e0f2fe"
        stroke="#1d4ed8"
        stroke-width="3"
      />
      <path
        d="M44 30v22M36 38l8-8 8 8"
        fill="none"
        stroke="#1d4ed8"
        stroke-width="3"
        stroke-linecap="round"
      />
      <path d="M32 44v12h24V44" fill="none" stroke="#1d4ed8" stroke-width="3" />
      <path d="M76 42h28" stroke="#b45309" stroke-width="4" stroke-linecap="round" />
      <path
        d="M98 34l8 8-8 8"
        fill="none"
        stroke="#b45309"
        stroke-width="4"
        stroke-linecap="round"
      />
      <rect
        x="116"
        y="26"
        width="108"
        height="32"
        rx="6"
        fill="#fef3c7"
        stroke="#1f2937"
        stroke-width="2"
      />
      <rect
        x="124"
        y="32"
        width="20"
        height="20"
        rx="4"
        fill="none"
        stroke="#1f2937"
        stroke-width="2"
      />
      <path d="M134 36v12M128 42h12" stroke="#1f2937" stroke-width="2" stroke-linecap="round" />
      <path d="M152 42h62" stroke="#1f2937" stroke-width="4" stroke-linecap="round" />
      <rect x="24" y="76" width="40" height="32" rx="8" fill="#1d4ed8" />
      <path d="M34 92h20" stroke="#fff" stroke-width="4" stroke-linecap="round" />
    </svg>
  );
}

/**
 * Data belongs in the installed app: on iPadOS a Safari tab has storage of its own that is
 * wiped after 7 days unused, so the teacher installs first and only then enters data.
 */
export function InstallAdvice() {
  const t = useT();
  if (isStandalone()) return <p class="message">{t('setupInstalledOk')}</p>;
  const apple = isAppleTablet();
  return (
    <section class={apple ? 'message message--warn install-advice' : 'message install-advice'}>
      <h2>{t('setupInstallTitle')}</h2>
      {apple ? <AddToHomeScreenPicture /> : null}
      <p>{apple ? t('setupInstallIpad') : t('setupInstallOther')}</p>
    </section>
  );
}
