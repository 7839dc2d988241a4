import { useState } from 'preact/hooks';
import { wipeTablet } from '../backup';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { runAction } from '../../app/action';

/**
 * A forgotten teacher code. There is no back door that keeps data: the only way on is to erase
 * this tablet's Praatpapier data, after ticking a box and typing a word.
 */
export default function ResetScreen() {
  const t = useT();
  const [understood, setUnderstood] = useState(false);
  const [word, setWord] = useState('');
  const [busy, setBusy] = useState(false);
  const confirmed = understood && word.trim().toUpperCase() === t('resetWord');

  async function erase(event: Event) {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    await wipeTablet();
    window.location.replace(paths.setup);
  }

  return (
    <main class="screen reset-screen">
      <h1>{t('resetTitle')}</h1>
      <form class="card" onSubmit={(event) => runAction(() => erase(event))}>
        <p>{t('resetText')}</p>
        <label class="choice">
          <input
            type="checkbox"
            checked={understood}
            onChange={(e) => setUnderstood(e.currentTarget.checked)}
          />
          {t('resetUnderstand')}
        </label>
        <div class="field">
          <label for="reset-word">{t('resetTypeWord')}</label>
          <input
            id="reset-word"
            value={word}
            autocomplete="off"
            onInput={(e) => setWord(e.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <a class="button" href={paths.start}>
            {t('cancel')}
          </a>
          <button
            type="submit"
            class="button button--danger button--primary"
            disabled={!confirmed || busy}
          >
            {busy ? t('resetBusy') : t('resetConfirm')}
          </button>
        </div>
      </form>
    </main>
  );
}
