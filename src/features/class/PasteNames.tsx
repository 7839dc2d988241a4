import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { addPupilsFromList } from './class-repo';
import { MAX_NAME_LENGTH, MAX_PUPILS_PER_CLASS, type ParsedNames } from './name-list';
import { runAction } from '../../app/action';

/** A box to paste a list of first names into, and a plain report of what was added or skipped. */
export function PasteNames({ classId }: { classId: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [report, setReport] = useState<ParsedNames>();
  const [failed, setFailed] = useState(false);

  async function add(event: Event) {
    event.preventDefault();
    try {
      const result = await addPupilsFromList(classId, text);
      setReport(result);
      setFailed(false);
      setText('');
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  }

  return (
    <form class="paste-names" onSubmit={(event) => runAction(() => add(event))}>
      <div class="field">
        <label for="paste-names">{t('pasteNames')}</label>
        <textarea
          id="paste-names"
          value={text}
          rows={8}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button button--primary" disabled={text.trim() === ''}>
        {t('addNames')}
      </button>
      <div aria-live="polite">
        {failed ? <p class="message message--error">{t('errorUnexpected')}</p> : null}
        {report ? <PasteReport report={report} /> : null}
      </div>
    </form>
  );
}

function PasteReport({ report }: { report: ParsedNames }) {
  const t = useT();
  const list = (names: string[]) => names.join(', ');
  return (
    <div class="message paste-report">
      <p>
        {report.names.length > 0 ? t('addedNames', { count: report.names.length }) : t('addedNone')}
      </p>
      {report.duplicates.length > 0 ? (
        <p>{t('skippedDuplicates', { names: list(report.duplicates) })}</p>
      ) : null}
      {report.tooLong.length > 0 ? (
        <p>{t('skippedTooLong', { names: list(report.tooLong), max: MAX_NAME_LENGTH })}</p>
      ) : null}
      {report.overLimit.length > 0 ? (
        <p>{t('skippedOverLimit', { names: list(report.overLimit), max: MAX_PUPILS_PER_CLASS })}</p>
      ) : null}
      {report.emptyLines > 0 ? <p>{t('skippedEmpty', { count: report.emptyLines })}</p> : null}
    </div>
  );
}
