import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLive } from '../../db';
import { languageTag, useI18n } from '../../i18n';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { AGE_BANDS, CONVERSATION_KINDS, type AgeBand, type ConversationKind } from './model';
import { copyRound, createRound, listRounds, RoundInputError } from './rounds-repo';
import { AGE_LABELS, KIND_HINTS, KIND_LABELS, KIND_SHORT } from './labels';
import { PROBLEM_MESSAGES } from './problems';
import { runAction } from '../../app/action';

/** A new round: its kind and age band (which set the defaults), a title, or the last round's settings. */
export function NewRoundScreen() {
  const { t, language, region } = useI18n();
  const { route } = useLocation();
  const { classRow } = useAppState();
  const [kind, setKind] = useState<ConversationKind>('kom');
  const [ageBand, setAgeBand] = useState<AgeBand>('middenbouw');
  const earlier = useLive(async () => (classRow ? listRounds(classRow.id) : []), [classRow]) ?? [];
  const [copyFrom, setCopyFrom] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const month = new Intl.DateTimeFormat(languageTag(language, region), {
    month: 'long',
    year: 'numeric',
  }).format(new Date());
  useEffect(() => setTitle(`${t(KIND_SHORT[kind])} ${month}`), [kind, month]);
  if (!classRow) return null;

  async function create(event: Event) {
    event.preventDefault();
    try {
      const round = copyFrom
        ? await copyRound(copyFrom, title)
        : await createRound(classRow!.id, kind, ageBand, title);
      route(paths.teacherRound(round.id));
    } catch (caught) {
      setError(
        caught instanceof RoundInputError
          ? caught.problems.map((problem) => t(PROBLEM_MESSAGES[problem])).join(' ')
          : t('errorUnexpected'),
      );
    }
  }

  return (
    <main class="screen teacher-screen">
      <TeacherHeader title={t('roundNew')} back={paths.teacher} />
      <form class="card" onSubmit={(event) => runAction(() => create(event))} noValidate>
        {earlier.length > 0 ? (
          <fieldset class="choice-row choice-column">
            <legend>{t('roundCopy')}</legend>
            <label class="choice">
              <input
                type="radio"
                name="copy"
                checked={copyFrom === ''}
                onChange={() => setCopyFrom('')}
              />
              {t('roundCopyNone')}
            </label>
            {earlier.map((round) => (
              <label class="choice" key={round.id}>
                <input
                  type="radio"
                  name="copy"
                  checked={copyFrom === round.id}
                  onChange={() => setCopyFrom(round.id)}
                />
                {t('roundCopyOf', { title: round.title })}
              </label>
            ))}
          </fieldset>
        ) : null}
        {copyFrom === '' ? (
          <>
            <fieldset class="choice-row choice-column">
              <legend>{t('roundKind')}</legend>
              {CONVERSATION_KINDS.map((value) => (
                <label class="choice" key={value}>
                  <input
                    type="radio"
                    name="kind"
                    checked={kind === value}
                    onChange={() => setKind(value)}
                  />
                  <span>
                    <strong>{t(KIND_LABELS[value])}</strong>
                    <br />
                    <span class="field-hint">{t(KIND_HINTS[value])}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <fieldset class="choice-row">
              <legend>{t('ageBand')}</legend>
              {AGE_BANDS.map((value) => (
                <label class="choice" key={value}>
                  <input
                    type="radio"
                    name="age"
                    checked={ageBand === value}
                    onChange={() => setAgeBand(value)}
                  />
                  {t(AGE_LABELS[value])}
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
        <div class="field">
          <label for="new-round-title">{t('roundTitle')}</label>
          <input
            id="new-round-title"
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
            aria-describedby="new-round-error"
          />
        </div>
        <p id="new-round-error" role="alert" class="field-error">
          {error}
        </p>
        <button type="submit" class="button button--primary">
          {t('roundCreate')}
        </button>
      </form>
    </main>
  );
}
