import { TEXT_LIMITS, type AnswerMode } from '../../db';
import { useT } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { TextField } from '../../ui/TextField';
import { ReadAloud } from '../../ui/ReadAloud';
import { SaveStatus } from '../../ui/SaveStatus';
import { MediaPlayer } from '../media';
import { capMs, RecorderPanel } from '../recorder';
import { useAppState } from '../../app/state';
import { saveAnswer, setSpokenAnswer } from './answers-repo';
import { runAction } from '../../app/action';
import { useChosen } from '../../app/chosen';

interface AnswerEditorProps {
  pupilId: string;
  roundId: string;
  question: { id: string; text: string; source: 'round' | 'jar' };
  /** The stored text: the editor's draft starts from it, once (see below). */
  initial: string;
  /** A spoken round: the pupil said the answer was told (stored, live). */
  told?: boolean;
  /** A spoken answer recorded (stored, live). */
  mediaId?: string;
  answerMode: AnswerMode;
  headingLevel?: 2 | 3;
}

/**
 * One question with the pupil's answer, saved as they type. Spoken rounds (kleuters) need no
 * typing: the child tells their answer; recording it comes with the recorder.
 */
export function AnswerEditor(props: AnswerEditorProps) {
  const t = useT();
  // The text is a draft loaded once: a write elsewhere never replaces what is being typed.
  const [text, setText, state] = useAutosavedState(
    props.initial,
    async (value) => {
      await saveAnswer(props.pupilId, props.roundId, props.question, { text: value });
    },
    {
      delayMs: 400,
      journalKey: `answer:${props.pupilId}:${props.roundId}:${props.question.id}`,
    },
  );
  const { classRow } = useAppState();
  const [told = false, setTold] = useChosen(props.told ?? false);
  const mediaId = props.mediaId;
  // A spoken answer cut off by a reload is put back on its question when the session starts
  // (reclaimSpokenAnswers), not here.
  async function setSpoken(next: string | null) {
    await setSpokenAnswer(props.pupilId, props.roundId, props.question, next);
  }
  async function toggleTold() {
    await setTold(!told, () =>
      saveAnswer(props.pupilId, props.roundId, props.question, { told: !told }),
    );
  }
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const typed = props.answerMode !== 'spoken';
  return (
    <div class="answer">
      <div class="pupil-title">
        <Heading class="question-text">{props.question.text}</Heading>
        <ReadAloud
          text={props.question.text}
          label={`${t('readAloud')}: ${props.question.text}`}
          prompt={props.question.id}
        />
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
            onClick={() => runAction(() => toggleTold())}
          >
            <span aria-hidden="true">{told ? '✓ ' : ''}</span>
            {t('answerTold')}
          </button>
        </div>
      )}
      {props.answerMode !== 'typed' ? (
        <div class="spoken-answer">
          {mediaId ? (
            <>
              <MediaPlayer mediaId={mediaId} kind="audio" label={t('answerSpokenPlayer')} />
              <button type="button" class="button" onClick={() => runAction(() => setSpoken(null))}>
                {t('answerSpokenDelete')}
              </button>
            </>
          ) : null}
          <RecorderPanel
            kind="audio"
            pupilId={props.pupilId}
            owner={{ purpose: 'answer', roundId: props.roundId, questionId: props.question.id }}
            capMs={capMs(classRow?.recordingCapMinutes)}
            startLabel={t('answerSpeak')}
            onSaved={(saved) => runAction(() => setSpoken(saved))}
          />
        </div>
      ) : null}
      <SaveStatus state={state} />
    </div>
  );
}
