import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { isBusy, onBusyChange } from './busy';
import { useAppState } from './state';
import { applyUpdate, isOfflineReady, onUpdateChange, updateWaiting } from './update';

function useVersion(subscribe: (listener: () => void) => () => void): number {
  const [version, setVersion] = useState(0);
  useEffect(() => subscribe(() => setVersion((n) => n + 1)), [subscribe]);
  return version;
}

/**
 * Says when a new version is ready, and applies it only while nobody is signed in and nothing
 * is being edited or recorded. Also says once that the app now works offline.
 *
 * Both appear after the screen is painted (the worker installs later), so they live in a dock
 * at the end of the page that sticks to the bottom edge (styles/screens.css): shown above the
 * screen they pushed the avatar grid down (Lighthouse's layout shift 0.13, issue 15). Being
 * last in the flow, the dock has its own room when the page is scrolled to the end, so it
 * never hides a control for good. The live region is always in the page, so a screen reader
 * announces a message as soon as it is put in.
 */
export function UpdateBanner() {
  return (
    <div class="banner-dock" role="status">
      <BannerMessage />
    </div>
  );
}

function BannerMessage() {
  const t = useT();
  const { pupilId } = useAppState();
  useVersion(onUpdateChange);
  useVersion(onBusyChange);
  const [offlineSeen, setOfflineSeen] = useState(false);

  if (updateWaiting()) {
    const canApply = !pupilId && !isBusy();
    return (
      <div class="banner">
        <span>{t('updateReady')}</span>
        {canApply ? (
          <button type="button" class="button button--primary" onClick={applyUpdate}>
            {t('updateApply')}
          </button>
        ) : (
          <span>{t('updateWait')}</span>
        )}
      </div>
    );
  }
  if (isOfflineReady() && !offlineSeen) {
    return (
      <div class="banner">
        <span>{t('offlineReady')}</span>
        <button type="button" class="button" onClick={() => setOfflineSeen(true)}>
          {t('close')}
        </button>
      </div>
    );
  }
  return null;
}
