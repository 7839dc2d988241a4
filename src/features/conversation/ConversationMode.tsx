import './conversation.css';
import { useRoute } from 'preact-iso';
import { useLive } from '../../db';
import { loadPreparation, sheetContent } from '../preparation';
import { agreementsOf, lookBackFor } from '../agreements';
import { pupilInRound, pupilPlan } from '../rounds';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { talkSteps } from './talk-steps';
import { TalkScreen, type Talk } from './TalkScreen';

/** Everything the talk shows, read once more whenever any of it changes; null: no such pupil. */
async function readTalk(pupilId: string, roundId: string): Promise<Talk | null> {
  const found = await pupilInRound(pupilId, roundId);
  if (!found) return null;
  const { pupil, round } = found;
  const [preparation, lookBack, plan, agreements] = await Promise.all([
    loadPreparation(pupil.id, round),
    lookBackFor(pupil.id, round),
    pupilPlan(round.id, pupil.id),
    agreementsOf(round.id, pupil.id),
  ]);
  return {
    pupil,
    round,
    notes: agreements.notes,
    steps: talkSteps(sheetContent(preparation, 'parents'), preparation.talkOrder, {
      lookBack: lookBack?.row.items,
      questions: round.questions.map((question) => question.text),
      focus: plan.focus,
    }),
  };
}

/**
 * The conversation itself, on the tablet: full screen, the pupil taps through what they prepared
 * with big next and back buttons; the teacher keeps an eye on the phases and the time.
 */
export function ConversationMode() {
  const t = useT();
  const { params } = useRoute();
  const pupilId = params['pupilId'] ?? '';
  const roundId = params['roundId'] ?? '';
  const talk = useLive(() => readTalk(pupilId, roundId), [pupilId, roundId]);

  if (talk === undefined) return null;
  if (talk === null)
    return (
      <main class="screen teacher-screen">
        <p class="message">{t('notFound')}</p>
        <a class="button" href={paths.teacherOverview}>
          {t('back')}
        </a>
      </main>
    );
  return <TalkScreen {...talk} />;
}
