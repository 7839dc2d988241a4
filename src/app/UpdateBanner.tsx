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
 */
export function UpdateBanner() {
  const t = useT();
  const { pupilId } = useAppState();
  useVersion(onUpdateChange);
  useVersion(onBusyChange);
  const [offlineSeen, setOfflineSeen] = useState(false);

  if (updateWaiting()) {
    const canApply = !pupilId && !isBusy();
    return (
      <div class="banner" role="status">
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
      <div class="banner" role="status">
        <span>{t('offlineReady')}</span>
        <button type="button" class="button" onClick={() => setOfflineSeen(true)}>
          {t('close')}
        </button>
      </div>
    );
  }
  return null;
}
