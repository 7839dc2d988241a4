import { useEffect, useState } from 'preact/hooks';
import { formatBytes, requestPersistentStorage, storageState, type StorageState } from '../storage';
import { useLive, type MediaKind } from '../../db';
import { mediaUsageByKind } from '../media';
import { languageTag, useI18n, type MessageKey } from '../../i18n';
import { runAction } from '../../app/action';

const KIND_NAMES: Record<MediaKind, MessageKey> = {
  photo: 'storageKindPhoto',
  video: 'storageKindVideo',
  audio: 'storageKindAudio',
  portrait: 'storageKindPortrait',
};

/** How full the tablet is for Praatpapier, and whether the browser promised to keep the data. */
export function StorageInfo() {
  const { t, language, region } = useI18n();
  const [state, setState] = useState<StorageState>();
  const byKind = useLive(() => mediaUsageByKind(), []);
  // The browser's estimate and its promise to keep the data are not stored rows: asked when the
  // card opens and again after asking for the promise.
  const ask = () => runAction(() => storageState().then(setState));
  useEffect(ask, []);
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
      {byKind ? (
        <table class="storage-kinds">
          <caption>{t('storageByKind')}</caption>
          <tbody>
            {(Object.keys(KIND_NAMES) as MediaKind[]).map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(KIND_NAMES[kind])}</th>
                <td>
                  {t('storageKindRow', {
                    count: byKind[kind].count,
                    size: formatBytes(byKind[kind].bytes, locale),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class={state.persisted ? 'message' : 'message message--warn'}>
        {state.persisted ? t('storagePersisted') : t('storageNotPersisted')}
      </p>
      {state.persisted ? null : (
        <button
          type="button"
          class="button"
          onClick={() => runAction(() => requestPersistentStorage().then(ask))}
        >
          {t('storageAsk')}
        </button>
      )}
    </section>
  );
}
