import { useEffect, useState } from 'preact/hooks';
import { formatBytes, requestPersistentStorage, storageState, type StorageState } from '../storage';
import { languageTag, useI18n } from '../../i18n';

/** How full the tablet is for Praatpapier, and whether the browser promised to keep the data. */
export function StorageInfo() {
  const { t, language, region } = useI18n();
  const [state, setState] = useState<StorageState>();
  const reload = () => void storageState().then(setState);
  useEffect(reload, []);
  if (!state) return null;
  const locale = languageTag(language, region);

  return (
    <section class="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageTitle')}</h2>
      <p>
        {state.usedBytes !== null && state.quotaBytes !== null
          ? t('storageUse', {
              used: formatBytes(state.usedBytes, locale),
              quota: formatBytes(state.quotaBytes, locale),
            })
          : t('storageUnknown')}
      </p>
      {state.usedBytes !== null && state.quotaBytes ? (
        <meter
          class="storage-meter"
          min={0}
          max={state.quotaBytes}
          value={state.usedBytes}
          aria-label={t('storageTitle')}
        />
      ) : null}
      <p class={state.persisted ? 'message' : 'message message--warn'}>
        {state.persisted ? t('storagePersisted') : t('storageNotPersisted')}
      </p>
      {state.persisted ? null : (
        <button
          type="button"
          class="button"
          onClick={() => void requestPersistentStorage().then(reload)}
        >
          {t('storageAsk')}
        </button>
      )}
    </section>
  );
}
