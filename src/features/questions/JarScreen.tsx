import { useMemo, useState } from 'preact/hooks';
import { useLive } from '../../db';
import { listOwnQuestions, questionText } from '../rounds';
import { useI18n } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilDone, PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { ToolPicture } from '../../ui/drawings/tool-pictures';
import { answersOf, saveAnswer, takeFromJar } from './answers-repo';
import { drawFromJar, questionsLeft, type RandomSource } from './jar';
import { AnswerEditor } from './AnswerEditor';
import { AsksEditor } from './AsksEditor';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';

/**
 * The vragenpot: tap the jar and a question the pupil has not had this round comes out. They
 * answer it, or put it back and draw again. `random` is there for tests.
 */
export function JarScreen({ random = Math.random }: { random?: RandomSource }) {
  const { t, language } = useI18n();
  const { pupil, round } = usePupilSession();
  const stored = useLive(async () => {
    if (!round) return null;
    const [ownRows, answers] = await Promise.all([
      listOwnQuestions(round.classId),
      answersOf(pupil.id, round.id),
    ]);
    return {
      own: new Map(ownRows.map((row) => [row.id, row])),
      drawn: answers.filter((answer) => answer.source === 'jar'),
    };
  }, [pupil.id, round]);
  const own = stored?.own;
  const drawn = stored?.drawn;
  const [current, setCurrent] = useState<string | null>(null);
  const [lastPutBack, setLastPutBack] = useState<string>();
  // Counts the draws: each one remounts the jar's picture, so its shake plays again.
  const [shakes, setShakes] = useState(0);

  // Only questions that still exist can come out (an own question may have been deleted).
  const texts = useMemo(() => {
    const map = new Map<string, string>();
    if (!round || !own) return map;
    for (const id of round.jar) {
      const text = questionText(id, language, own);
      if (text) map.set(id, text);
    }
    return map;
  }, [round, own, language]);

  if (!round?.tools.includes('vragenpot')) return <Redirect to={paths.pupil} />;
  if (!drawn) return null;
  const jar = [...texts.keys()];
  const left = questionsLeft(jar, drawn);

  async function draw() {
    const id = drawFromJar(jar, drawn!, random, lastPutBack);
    if (!id) return;
    setShakes((count) => count + 1);
    await takeFromJar(pupil.id, round!.id, { id, text: texts.get(id)! });
    setCurrent(id);
  }

  async function putBack(id: string) {
    await saveAnswer(
      pupil.id,
      round!.id,
      { id, text: texts.get(id) ?? '', source: 'jar' },
      { putBack: true },
    );
    setLastPutBack(id);
    setCurrent(null);
  }

  // The question just drawn stays the same component when it joins the list (same key), so
  // what the pupil is typing is never replaced by an older copy.
  const kept = drawn.filter((answer) => !answer.putBack).sort((a, b) => b.createdAt - a.createdAt);

  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolVragenpot')}
        intro={t('jarIntro')}
        prompt={screenPrompt('vragenpot')}
      />
      <div class="jar-area">
        {jar.length === 0 ? (
          <p class="message">{t('jarNoQuestions')}</p>
        ) : left === 0 ? (
          <p class="message">{t('jarEmpty')}</p>
        ) : (
          <button type="button" class="jar-button" onClick={() => runAction(() => draw())}>
            <span
              key={shakes}
              class={shakes > 0 ? 'jar-picture jar-picture--shake' : 'jar-picture'}
            >
              <ToolPicture id="vragenpot" size={160} />
            </span>
            <span>{current ? t('jarDrawAnother') : t('jarDraw')}</span>
          </button>
        )}
        <p class="jar-left" aria-live="polite">
          {t('jarLeft', { count: left })}
        </p>
      </div>
      {kept.length > 0 ? (
        <section aria-labelledby="jar-drawn">
          <h2 id="jar-drawn">{t('jarDrawn')}</h2>
          {kept.map((answer) => (
            <div
              key={answer.questionId}
              class={answer.questionId === current ? 'card pupil-card jar-card' : 'card pupil-card'}
            >
              <AnswerEditor
                pupilId={pupil.id}
                roundId={round.id}
                question={{ id: answer.questionId, text: answer.question, source: 'jar' }}
                initial={answer.text}
                told={answer.told}
                mediaId={answer.mediaId}
                answerMode={round.answerMode}
                headingLevel={3}
              />
              {answer.questionId === current ? (
                <div class="actions">
                  <button
                    type="button"
                    class="button"
                    onClick={() => runAction(() => putBack(answer.questionId))}
                  >
                    {t('jarPutBack')}
                  </button>
                </div>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      {round.tools.includes('questions') ? null : (
        <AsksEditor pupilId={pupil.id} roundId={round.id} answerMode={round.answerMode} />
      )}
      <PupilDone />
    </main>
  );
}
