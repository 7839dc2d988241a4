import { useEffect, useRef, useState } from 'preact/hooks';
import { languageTag, useI18n, type MessageKey } from '../../i18n';
import { runAction } from '../../app/action';
import { logAsText, type ErrorLogEntry } from '../../app/error-log';
import { clearErrorLog, readErrorLog } from '../../app/record-error';

/**
 * The app's error log for the teacher: what went wrong, newest first, to copy for whoever helps
 * with a problem. It holds no names and no pupil work (see app/error-log.ts).
 */
export function ErrorLogCard() {
  const { t, language, region } = useI18n();
  const [log, setLog] = useState<ErrorLogEntry[]>();
  const [status, setStatus] = useState<MessageKey>();
  const [byHand, setByHand] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The log is kept in the device settings (idb-keyval), which live reads do not see: read once
  // when the card opens, and an answer after the card has gone is dropped.
  useEffect(() => {
    let current = true;
    runAction(async () => {
      const read = await readErrorLog();
      if (current) setLog(read);
    });
    return () => {
      current = false;
    };
  }, []);
  // Selected only once the fallback textarea is there, so the teacher can copy it at once.
  useEffect(() => textRef.current?.select(), [byHand]);

  const time = new Intl.DateTimeFormat(languageTag(language, region), {
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  const text = log ? logAsText(log, (at) => time.format(at)) : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('errorLogCopied');
    } catch {
      // No clipboard (an http page, an old browser, permission refused): the teacher copies it.
      setByHand(true);
      setStatus('errorLogCopyByHand');
    }
  }

  async function clear() {
    await clearErrorLog();
    setByHand(false);
    setStatus('errorLogCleared');
    setLog([]);
  }

  if (!log) return null;
  return (
    <section class="card" aria-labelledby="error-log-heading">
      <h2 id="error-log-heading">{t('errorLogTitle')}</h2>
      <p class="hint">{t('errorLogHint')}</p>
      {log.length === 0 ? (
        <p>{t('errorLogEmpty')}</p>
      ) : (
        <table class="error-log">
          <thead>
            <tr>
              <th scope="col">{t('errorLogWhen')}</th>
              <th scope="col">{t('errorLogVersion')}</th>
              <th scope="col">{t('errorLogScreen')}</th>
              <th scope="col">{t('errorLogMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {[...log].reverse().map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{time.format(entry.at)}</td>
                <td>{entry.version}</td>
                <td>{entry.screen}</td>
                <td>{entry.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {byHand ? (
        <div class="field">
          <label for="error-log-text">{t('errorLogAsText')}</label>
          <textarea id="error-log-text" ref={textRef} readOnly value={text} rows={6} />
        </div>
      ) : null}
      <p role="status">{status ? t(status) : ''}</p>
      {log.length > 0 ? (
        <div class="actions">
          <button type="button" class="button" onClick={() => runAction(copy)}>
            {t('errorLogCopy')}
          </button>
          <button type="button" class="button button--danger" onClick={() => runAction(clear)}>
            {t('errorLogClear')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
