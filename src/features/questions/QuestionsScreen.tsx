import { useLive } from '../../db';
import { useT } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilDone, PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { answersOf } from './answers-repo';
import { AnswerEditor } from './AnswerEditor';
import { AsksEditor } from './AsksEditor';
import { screenPrompt } from '../voice';

/** The round's questions (the four core questions of a KOM-gesprek, …) and the pupil's own. */
export function QuestionsScreen() {
  const t = useT();
  const { pupil, round } = usePupilSession();
  const answers = useLive(
    async () =>
      round
        ? new Map((await answersOf(pupil.id, round.id)).map((row) => [row.questionId, row]))
        : null,
    [pupil.id, round],
  );

  if (!round?.tools.includes('questions')) return <Redirect to={paths.pupil} />;
  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolQuestions')}
        intro={t('questionsIntro')}
        prompt={screenPrompt('questions')}
      />
      {answers ? (
        <>
          {round.questions.map((question) => (
            <section key={question.id} class="card pupil-card">
              <AnswerEditor
                pupilId={pupil.id}
                roundId={round.id}
                question={{ ...question, source: 'round' }}
                initial={answers.get(question.id)?.text ?? ''}
                told={answers.get(question.id)?.told}
                mediaId={answers.get(question.id)?.mediaId}
                answerMode={round.answerMode}
              />
            </section>
          ))}
          <AsksEditor pupilId={pupil.id} roundId={round.id} answerMode={round.answerMode} />
        </>
      ) : null}
      <PupilDone />
    </main>
  );
}
