import { useT } from '../i18n';

/**
 * Says quietly that typing is being kept, and loudly when it is not. There are no save buttons:
 * everything a pupil types is saved as they go.
 */
export function SaveStatus({ state }: { state: 'idle' | 'pending' | 'saved' | 'failed' }) {
  const t = useT();
  if (state === 'failed')
    return (
      <p class="save-status save-status--failed" role="alert">
        {t('saveFailed')}
      </p>
    );
  return (
    <p class="save-status" aria-live="polite">
      {state === 'pending' ? t('saving') : state === 'saved' ? t('saved') : ''}
    </p>
  );
}
