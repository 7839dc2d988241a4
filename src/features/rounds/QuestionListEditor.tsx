import { useState } from 'preact/hooks';
import type { RoundQuestion } from '../../db';
import { useT } from '../../i18n';
import { MAX_QUESTION_LENGTH } from './round-rules';

interface Props {
  title: string;
  idPrefix: string;
  questions: RoundQuestion[];
  onChange: (questions: RoundQuestion[]) => void;
}

/** An editable list of questions: the round's questions for every pupil, or for parents. */
export function QuestionListEditor({ title, idPrefix, questions, onChange }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const headingId = `${idPrefix}-heading`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ol class="question-list">
        {questions.map((question, index) => (
          <li key={question.id} class="question-row">
            <label class="visually-hidden" for={`${idPrefix}-${question.id}`}>
              {t('questionN', { n: index + 1 })}
            </label>
            <input
              id={`${idPrefix}-${question.id}`}
              value={question.text}
              maxLength={MAX_QUESTION_LENGTH + 20}
              onInput={(e) =>
                onChange(
                  questions.map((other) =>
                    other.id === question.id ? { ...other, text: e.currentTarget.value } : other,
                  ),
                )
              }
            />
            <button
              type="button"
              class="button button--danger"
              onClick={() => onChange(questions.filter((other) => other.id !== question.id))}
            >
              <span aria-hidden="true">✕</span>
              <span class="visually-hidden">{t('questionRemove', { n: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ol>
      <form
        class="add-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          onChange([...questions, { id: crypto.randomUUID(), text: text.trim() }]);
          setText('');
        }}
      >
        <div class="field">
          <label for={`${idPrefix}-new`}>{t('questionNew')}</label>
          <input
            id={`${idPrefix}-new`}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button" disabled={!text.trim()}>
          {t('questionAdd')}
        </button>
      </form>
    </section>
  );
}
