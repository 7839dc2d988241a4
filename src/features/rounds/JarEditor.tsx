import { useState } from 'preact/hooks';
import { useLive, type OwnQuestionRow, type RoundRow } from '../../db';
import { useI18n } from '../../i18n';
import { useAppState } from '../../app/state';
import { QUESTION_CATEGORIES, type QuestionCategory } from './model';
import { questionsFor } from './question-bank';
import {
  addOwnQuestion,
  deleteOwnQuestion,
  hiddenQuestionIds,
  listOwnQuestions,
  QuestionInputError,
  setBuiltInHidden,
} from './questions-repo';
import { CATEGORY_LABELS } from './labels';
import { PROBLEM_MESSAGES } from './problems';
import type { RoundSettings } from './round-rules';
import { runAction } from '../../app/action';

interface Props {
  round: RoundRow;
  onChange: (patch: Partial<RoundSettings>) => void;
}

/**
 * The vragenpot: built-in questions for the round's age band by category, each in or out of
 * the jar, hideable for good; and the teacher's own questions.
 */
export function JarEditor({ round, onChange }: Props) {
  const { t, language } = useI18n();
  const { classRow } = useAppState();
  const classId = round.classId;
  const stored = useLive(async () => {
    const [hidden, own] = await Promise.all([
      hiddenQuestionIds(classId),
      listOwnQuestions(classId),
    ]);
    return { hidden, own };
  }, [classId]);
  const hidden = stored?.hidden ?? new Set<string>();
  const own = stored?.own ?? [];
  const [showHidden, setShowHidden] = useState(false);

  const inJar = new Set(round.jar);
  const setIn = (id: string, on: boolean) =>
    onChange({
      jar: on
        ? [...round.jar.filter((other) => other !== id), id]
        : round.jar.filter((other) => other !== id),
    });
  const hide = async (id: string, hide: boolean) => {
    await setBuiltInHidden(classId, id, hide);
    if (hide) setIn(id, false);
  };
  const bank = questionsFor(round.ageBand);
  const hiddenCount = bank.filter((question) => hidden.has(question.id)).length;

  return (
    <section class="card" aria-labelledby="jar-heading">
      <h2 id="jar-heading">{t('jarTitle')}</h2>
      <p>{t('jarHint')}</p>
      <p role="status">
        <strong>{t('jarCount', { count: round.jar.length })}</strong>
      </p>
      {hiddenCount > 0 ? (
        <label class="choice">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(e) => setShowHidden(e.currentTarget.checked)}
          />
          {t('jarShowHidden', { count: hiddenCount })}
        </label>
      ) : null}
      {QUESTION_CATEGORIES.map((category) => {
        const questions = bank.filter(
          (question) => question.category === category && (showHidden || !hidden.has(question.id)),
        );
        const mine = own.filter((question) => question.category === category);
        if (questions.length === 0 && mine.length === 0) return null;
        return (
          <fieldset class="jar-category" key={category}>
            <legend>{t(CATEGORY_LABELS[category])}</legend>
            <ul class="jar-list">
              {questions.map((question) => (
                <li
                  key={question.id}
                  class={hidden.has(question.id) ? 'jar-row jar-row--hidden' : 'jar-row'}
                >
                  <label class="choice jar-choice">
                    <input
                      type="checkbox"
                      checked={inJar.has(question.id)}
                      disabled={hidden.has(question.id)}
                      onChange={(e) => setIn(question.id, e.currentTarget.checked)}
                    />
                    {question.text[language]}
                  </label>
                  <button
                    type="button"
                    class="button"
                    onClick={() => runAction(() => hide(question.id, !hidden.has(question.id)))}
                  >
                    {hidden.has(question.id) ? t('jarUnhide') : t('jarHide')}
                    <span class="visually-hidden">: {question.text[language]}</span>
                  </button>
                </li>
              ))}
              {mine.map((question) => (
                <li key={question.id} class="jar-row">
                  <label class="choice jar-choice">
                    <input
                      type="checkbox"
                      checked={inJar.has(question.id)}
                      onChange={(e) => setIn(question.id, e.currentTarget.checked)}
                    />
                    {question.text} <span class="badge">{t('jarOwn')}</span>
                  </label>
                  <button
                    type="button"
                    class="button button--danger"
                    onClick={() => {
                      setIn(question.id, false);
                      runAction(() => deleteOwnQuestion(question.id));
                    }}
                  >
                    {t('jarOwnDelete')}
                    <span class="visually-hidden">: {question.text}</span>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <OwnQuestionForm
        classId={classRow?.id ?? classId}
        onAdded={(question) => setIn(question.id, true)}
        ageBand={round.ageBand}
      />
    </section>
  );
}

function OwnQuestionForm(props: {
  classId: string;
  ageBand: RoundRow['ageBand'];
  onAdded: (question: OwnQuestionRow) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<QuestionCategory>('leren');
  const [error, setError] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    try {
      const question = await addOwnQuestion(props.classId, text, category, [props.ageBand]);
      setText('');
      setError('');
      props.onAdded(question);
    } catch (caught) {
      setError(
        caught instanceof QuestionInputError
          ? t(PROBLEM_MESSAGES[caught.reason])
          : t('errorUnexpected'),
      );
    }
  }

  return (
    <form
      class="add-row own-question"
      onSubmit={(event) => runAction(() => submit(event))}
      noValidate
    >
      <div class="field">
        <label for="own-question">{t('jarOwnAdd')}</label>
        <input
          id="own-question"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-describedby="own-question-error"
        />
      </div>
      <div class="field">
        <label for="own-category">{t('jarCategory')}</label>
        <select
          id="own-category"
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value as QuestionCategory)}
        >
          {QUESTION_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {t(CATEGORY_LABELS[value])}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button">
        {t('jarOwnAdd')}
      </button>
      <p id="own-question-error" role="alert" class="field-error">
        {error}
      </p>
    </form>
  );
}
