import './conversation.css';
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { loadPreparation, sheetContent } from '../preparation';
import { agreementsOf, lookBackFor } from '../agreements';
import { pupilInRound, pupilPlan } from '../rounds';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { talkSteps } from './talk-steps';
import { TalkScreen, type Talk } from './TalkScreen';
import { runAction } from '../../app/action';

/**
 * The conversation itself, on the tablet: full screen, the pupil taps through what they prepared
 * with big next and back buttons; the teacher keeps an eye on the phases and the time.
 */
export function ConversationMode() {
  const t = useT();
  const { params } = useRoute();
  const [talk, setTalk] = useState<Talk | null>();
  useEffect(() => {
    runAction(() =>
      (async () => {
        const found = await pupilInRound(params['pupilId'] ?? '', params['roundId'] ?? '');
        if (!found) return setTalk(null);
        const { pupil, round } = found;
        const [preparation, lookBack, plan, agreements] = await Promise.all([
          loadPreparation(pupil.id, round),
          lookBackFor(pupil.id, round),
          pupilPlan(round.id, pupil.id),
          agreementsOf(round.id, pupil.id),
        ]);
        const content = sheetContent(preparation, 'parents');
        setTalk({
          pupil,
          round,
          notes: agreements.notes,
          steps: talkSteps(content, preparation.talkOrder, {
            lookBack: lookBack?.row.items,
            questions: round.questions.map((question) => question.text),
            focus: plan.focus,
          }),
        });
      })(),
    );
  }, [params['pupilId'], params['roundId']]);

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
