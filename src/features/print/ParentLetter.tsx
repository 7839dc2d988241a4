import './print.css';
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { ClassRow, PupilPlanRow, PupilRow, RoundRow } from '../../db';
import { getClass, listPupils } from '../class';
import { getRound, pupilPlans } from '../rounds';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { runAction } from '../../app/action';
import { letterLines } from './print-model';

interface LetterData {
  round: RoundRow;
  classRow: ClassRow;
  pupils: PupilRow[];
  plans: Map<string, PupilPlanRow>;
}

/**
 * The parent letter: the round's questions for parents with room to write, one page per pupil
 * with the pupil's name and time slot, in the class's language and wording (the questions are
 * the round's own text, which the teacher may have edited).
 */
export function ParentLetter() {
  const t = useT();
  const { params } = useRoute();
  const [data, setData] = useState<LetterData | null>();
  useEffect(() => {
    runAction(() =>
      (async () => {
        const round = await getRound(params['roundId'] ?? '');
        const classRow = round ? await getClass(round.classId) : undefined;
        if (!round || !classRow) return setData(null);
        const [pupils, plans] = await Promise.all([listPupils(classRow.id), pupilPlans(round.id)]);
        setData({ round, classRow, pupils, plans });
      })(),
    );
  }, [params['roundId']]);

  if (data === undefined) return null;
  const questions = data?.round.tools.includes('parentQuestions') ? data.round.parentQuestions : [];
  return (
    <main class="screen teacher-screen print-screen">
      <div class="no-print">
        <TeacherHeader
          title={data ? t('letterTitle', { title: data.round.title }) : t('notFound')}
          back={paths.teacherOverview}
        />
        {data ? (
          <div class="card">
            {questions.length === 0 ? (
              <p class="message">{t('letterNoQuestions')}</p>
            ) : (
              <>
                <p class="hint">{t('printAdvice')}</p>
                <button type="button" class="button button--primary" onClick={() => window.print()}>
                  {t('printNow')}
                </button>
              </>
            )}
          </div>
        ) : null}
      </div>
      {data && questions.length > 0 ? (
        <div class="print-sheets">
          {data.pupils.map((pupil) => (
            <Letter key={pupil.id} pupil={pupil} data={data} />
          ))}
        </div>
      ) : null}
    </main>
  );
}

function Letter({ pupil, data }: { pupil: PupilRow; data: LetterData }) {
  const t = useT();
  const dates = useDates();
  const slot = data.plans.get(pupil.id)?.slot;
  const { round, classRow } = data;
  return (
    <article class="letter-sheet" aria-label={pupil.firstName}>
      <h2>{round.title}</h2>
      <p>{t('letterGreeting', { name: pupil.firstName })}</p>
      <p>{t('letterIntro', { name: pupil.firstName })}</p>
      <p>
        <strong>
          {slot
            ? t('letterSlot', { date: dates.slot(slot) })
            : t('letterDays', {
                first: dates.day(round.firstDay, true),
                last: dates.day(round.lastDay, true),
              })}
        </strong>
      </p>
      <ol class={`letter-questions letter-questions--${letterLines(round.parentQuestions.length)}`}>
        {round.parentQuestions.map((question) => (
          <li key={question.id}>
            <p>{question.text}</p>
            <div class="print-lines" />
          </li>
        ))}
      </ol>
      <p>{t('letterClosing')}</p>
      <p>{t('letterSignature', { className: classRow.name })}</p>
    </article>
  );
}
