import { useState } from 'preact/hooks';
import { TEXT_LIMITS, type AnswerMode } from '../../db';
import { useT } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { TextField } from '../../ui/TextField';
import { ReadAloud } from '../../ui/ReadAloud';
import { SaveStatus } from '../../ui/SaveStatus';
import { saveAnswer } from './answers-repo';

interface AnswerEditorProps {
  pupilId: string;
  roundId: string;
  question: { id: string; text: string; source: 'round' | 'jar' };
  initial: string;
  /** A spoken round: the pupil said the answer was told. */
  initialTold?: boolean;
  answerMode: AnswerMode;
  headingLevel?: 2 | 3;
  onSaved?: () => void;
}

/**
 * One question with the pupil's answer, saved as they type. Spoken rounds (kleuters) need no
 * typing: the child tells their answer; recording it comes with the recorder.
 */
export function AnswerEditor(props: AnswerEditorProps) {
  const t = useT();
  const [text, setText, state] = useAutosavedState(
    props.initial,
    async (value) => {
      await saveAnswer(props.pupilId, props.roundId, props.question, { text: value });
      props.onSaved?.();
    },
    {
      delayMs: 400,
      journalKey: `answer:${props.pupilId}:${props.roundId}:${props.question.id}`,
    },
  );
  const [told, setTold] = useState(props.initialTold ?? false);
  async function toggleTold() {
    setTold(!told);
    await saveAnswer(props.pupilId, props.roundId, props.question, { told: !told });
    props.onSaved?.();
  }
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const typed = props.answerMode !== 'spoken';
  return (
    <div class="answer">
      <div class="pupil-title">
        <Heading class="question-text">{props.question.text}</Heading>
        <ReadAloud text={props.question.text} label={`${t('readAloud')}: ${props.question.text}`} />
      </div>
      {typed ? (
        <TextField
          label={t('answerLabel')}
          value={text}
          maxLength={TEXT_LIMITS.long}
          multiline
          onInput={setText}
        />
      ) : (
        <div class="told">
          <p class="pupil-intro">{t('answerSpokenHint')}</p>
          <button
            type="button"
            class="button button--big"
            aria-pressed={told}
            onClick={() => void toggleTold()}
          >
            <span aria-hidden="true">{told ? '✓ ' : ''}</span>
            {t('answerTold')}
          </button>
        </div>
      )}
      <SaveStatus state={state} />
    </div>
  );
}
