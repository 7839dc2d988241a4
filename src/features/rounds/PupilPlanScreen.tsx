import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useLive, type ParentAnswer, type PupilPlanRow, type PupilRow } from '../../db';
import { getPupil } from '../class';
import { useT } from '../../i18n';
import { useAutosave } from '../../app/autosave';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { MAX_PLAN_TEXT_LENGTH } from './round-rules';
import { PLAN_FIELDS } from './labels';
import { getRound, pupilPlan, saveParentAnswers, savePlanText, type PlanText } from './rounds-repo';

/** The teacher's own preparation for one pupil's talk (seeds/001). Teacher-only, autosaved. */
export function PupilPlanScreen() {
  const { params } = useRoute();
  const roundId = params['roundId'] ?? '';
  const pupilId = params['pupilId'] ?? '';
  const stored = useLive(async () => {
    const [pupil, plan] = await Promise.all([getPupil(pupilId), pupilPlan(roundId, pupilId)]);
    return pupil ? { pupil, plan } : null;
  }, [roundId, pupilId]);
  if (!stored) return null;
  // The texts are drafts loaded once (a write elsewhere never replaces what is being typed);
  // the pupil's name follows what is stored.
  return (
    <PlanForm
      key={`${roundId}:${pupilId}`}
      pupil={stored.pupil}
      initial={stored.plan}
      roundId={roundId}
    />
  );
}

function PlanForm({
  pupil,
  initial,
  roundId,
}: {
  pupil: PupilRow;
  initial: PupilPlanRow;
  roundId: string;
}) {
  const t = useT();
  const [text, setText] = useState<PlanText>({
    focus: initial.focus,
    message: initial.message,
    hearFromPupil: initial.hearFromPupil,
    hearFromParents: initial.hearFromParents,
  });
  const state = useAutosave(text, (value) => savePlanText(roundId, pupil.id, value));

  return (
    <main class="screen teacher-screen">
      <TeacherHeader
        title={t('planTitle', { name: pupil.firstName })}
        back={paths.teacherRound(roundId)}
      />
      <div class="card">
        <p>{t('planHint')}</p>
        {PLAN_FIELDS.map(([field, label]) => (
          <div class="field" key={field}>
            <label for={`plan-${field}`}>{t(label)}</label>
            <textarea
              id={`plan-${field}`}
              value={text[field]}
              maxLength={MAX_PLAN_TEXT_LENGTH}
              rows={3}
              onInput={(e) => setText({ ...text, [field]: e.currentTarget.value })}
            />
            <span class="field-hint" aria-hidden="true">
              {text[field].length}/{MAX_PLAN_TEXT_LENGTH}
            </span>
          </div>
        ))}
        <p role="status">
          {state === 'saved' ? t('saved') : state === 'failed' ? t('errorUnexpected') : ''}
        </p>
      </div>
      <ParentAnswers pupil={pupil} initial={initial} roundId={roundId} />
    </main>
  );
}

/** The parents' answers to the round's questions for parents, as they came back. Autosaved. */
function ParentAnswers({
  pupil,
  initial,
  roundId,
}: {
  pupil: PupilRow;
  initial: PupilPlanRow;
  roundId: string;
}) {
  const t = useT();
  const round = useLive(() => getRound(roundId), [roundId]);
  const [answers, setAnswers] = useState<readonly ParentAnswer[]>(initial.parentAnswers);
  const byQuestion = new Map(answers.map((given) => [given.questionId, given.text]));
  const state = useAutosave(answers, (value) => saveParentAnswers(roundId, pupil.id, value));
  if (!round?.tools.includes('parentQuestions') || round.parentQuestions.length === 0) return null;
  return (
    <section class="card" aria-labelledby="parent-answers">
      <h2 id="parent-answers">{t('parentAnswersTitle')}</h2>
      <p class="hint">{t('parentAnswersHint')}</p>
      {round.parentQuestions.map((question) => (
        <div class="field" key={question.id}>
          <label for={`parent-${question.id}`}>{question.text}</label>
          <textarea
            id={`parent-${question.id}`}
            value={byQuestion.get(question.id) ?? ''}
            maxLength={MAX_PLAN_TEXT_LENGTH}
            rows={3}
            onInput={(e) =>
              setAnswers([
                ...answers.filter((given) => given.questionId !== question.id),
                { questionId: question.id, text: e.currentTarget.value },
              ])
            }
          />
        </div>
      ))}
      <p role="status">
        {state === 'saved' ? t('saved') : state === 'failed' ? t('errorUnexpected') : ''}
      </p>
    </section>
  );
}
