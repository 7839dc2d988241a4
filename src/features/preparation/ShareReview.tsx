import { useLocation } from 'preact-iso';
import type { Share } from '../../db';
import { CIRCLE_NAMES } from '../circles';
import { shareRatings } from '../ratings';
import { useT } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { markReviewed, setShare, setTalkOrder, type ItemRef } from './preparation-repo';
import { talkOrder } from './talk-order';
import { TalkOrderEditor } from './TalkOrderEditor';
import { sheetContent, shareableItems } from './sheet';
import { SheetView } from './SheetView';
import { usePreparation } from './use-preparation';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';
import { DoneIcon } from '../../ui/drawings/icons';
import { ShareItem } from './ShareItem';
import { useThumbnails } from './use-thumbnails';

interface Choice {
  key: string;
  name: string;
  share: Share;
  item: ItemRef | 'ratings';
  /** A portfolio item's photo, shown beside its name. */
  photoMediaId?: string;
}

/**
 * What may go to my parents? Every thing the pupil made, with its choice, and below it exactly
 * what the praatpapier will show (seeds/004: the pupil decides, item by item).
 */
export function ShareReview() {
  const t = useT();
  const { route } = useLocation();
  const { pupil, round } = usePupilSession();
  const preparation = usePreparation(pupil.id, round);
  const thumbnails = useThumbnails(
    preparation?.portfolio.flatMap((item) => item.photoMediaId ?? []) ?? [],
  );
  if (!round) return <Redirect to={paths.pupil} />;
  if (!preparation) return null;

  const items = shareableItems(preparation);
  const ratingsShare = items.ratings[0]?.row.share ?? 'parents';
  const choices: Choice[] = [
    ...items.portfolio.map((item) => ({
      key: `p-${item.id}`,
      name: item.title || t('portfolioUntitled'),
      share: item.share,
      item: { part: 'portfolio', id: item.id } as const,
      photoMediaId: item.photoMediaId,
    })),
    ...(items.ratings.length > 0
      ? [
          {
            key: 'ratings',
            name: t('shareAllRatings'),
            share: ratingsShare,
            item: 'ratings' as const,
          },
        ]
      : []),
    ...items.answers.map((answer) => ({
      key: `a-${answer.questionId}`,
      name: answer.question,
      share: answer.share,
      item: {
        part: 'answer',
        questionId: answer.questionId,
        question: answer.question,
        source: answer.source,
      } as const,
    })),
    ...items.asks.map((ask) => ({
      key: `q-${ask.id}`,
      name: ask.text,
      share: ask.share,
      item: { part: 'ask', id: ask.id } as const,
    })),
    ...items.circles.map((circle) => ({
      key: `c-${circle.circle}`,
      name: t(CIRCLE_NAMES[circle.circle]),
      share: circle.share,
      item: { part: 'circle', circle: circle.circle } as const,
    })),
    ...items.clips.map(() => ({
      key: 'clip',
      name: t('videoMine'),
      share: preparation.clip!.share,
      item: { part: 'clip' } as const,
    })),
    ...items.goals.map((goal) => ({
      key: `g-${goal.id}`,
      name: goal.aim,
      share: goal.share,
      item: { part: 'goal', id: goal.id } as const,
    })),
  ];

  async function choose(choice: Choice, share: Share) {
    if (choice.item === 'ratings') await shareRatings(pupil.id, round!.id, share);
    else await setShare(pupil.id, round!, choice.item, share);
  }

  async function confirm() {
    await markReviewed(pupil.id, round!.id);
    route(paths.pupil);
  }

  const sheet = sheetContent(preparation, 'parents');
  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolShare')}
        intro={t('shareIntro')}
        prompt={screenPrompt('share')}
      />
      {choices.length === 0 ? <p class="message">{t('shareNothing')}</p> : null}
      <ul class="share-list">
        {choices.map((choice) => (
          <ShareItem
            key={choice.key}
            name={choice.name}
            share={choice.share}
            thumbnail={choice.photoMediaId ? thumbnails.get(choice.photoMediaId) : undefined}
            onChange={(share) => runAction(() => choose(choice, share))}
          />
        ))}
      </ul>
      <TalkOrderEditor
        content={sheet}
        order={talkOrder(preparation.talkOrder)}
        onChange={(order) => runAction(() => setTalkOrder(pupil.id, round.id, order))}
      />
      <section class="card sheet-preview" aria-labelledby="sheet-preview">
        <h2 id="sheet-preview">{t('sharePreview')}</h2>
        <SheetView content={sheet} headingLevel={3} />
        {sheet.notShown > 0 ? (
          <p class="pupil-intro">{t('sheetNotShown', { count: sheet.notShown })}</p>
        ) : null}
      </section>
      <div class="actions">
        <button
          type="button"
          class="button button--primary button--big"
          onClick={() => runAction(() => confirm())}
        >
          <DoneIcon />
          {t('shareConfirm')}
        </button>
      </div>
    </main>
  );
}
