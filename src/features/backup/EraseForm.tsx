import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT, type MessageKey } from '../../i18n';
import { paths } from '../../app/paths';
import { runAction } from '../../app/action';
import { wipeTablet } from './backup-repo';

interface EraseFormProps {
  /** Names the word field, unique on its screen. */
  id: string;
  /** The box to tick: what the teacher says they understand. */
  understand: MessageKey;
  /** The erase button. */
  confirm: MessageKey;
  /** Not yet (the end of the year: until the backup is made). */
  locked?: boolean;
  class?: string;
  /** What comes above the fields: a heading, an explanation. */
  children?: ComponentChildren;
  /** Shown next to the erase button (a way back). */
  cancel?: ComponentChildren;
}

/**
 * Erasing everything on this tablet, after ticking a box and typing the erase word: one form
 * for both ways to it (a forgotten teacher code, the end of the school year), so the two can
 * never ask for different things. Afterwards the tablet starts again at the setup.
 */
export function EraseForm(props: EraseFormProps) {
  const t = useT();
  const [understood, setUnderstood] = useState(false);
  const [word, setWord] = useState('');
  const [busy, setBusy] = useState(false);
  const confirmed = !props.locked && understood && word.trim().toUpperCase() === t('resetWord');

  async function erase(event: Event) {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    await wipeTablet();
    window.location.replace(paths.setup);
  }

  return (
    <form class={props.class} onSubmit={(event) => runAction(() => erase(event))}>
      {props.children}
      <label class="choice">
        <input
          type="checkbox"
          checked={understood}
          disabled={props.locked}
          onChange={(event) => setUnderstood(event.currentTarget.checked)}
        />
        {t(props.understand)}
      </label>
      <div class="field">
        <label for={props.id}>{t('resetTypeWord')}</label>
        <input
          id={props.id}
          value={word}
          autocomplete="off"
          disabled={props.locked}
          onInput={(event) => setWord(event.currentTarget.value)}
        />
      </div>
      <div class="actions">
        {props.cancel}
        <button
          type="submit"
          class="button button--danger button--primary"
          disabled={!confirmed || busy}
        >
          {busy ? t('resetBusy') : t(props.confirm)}
        </button>
      </div>
    </form>
  );
}
