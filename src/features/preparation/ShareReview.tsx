import { useLocation } from 'preact-iso';
import { useT } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { markReviewed, setTalkOrder } from './preparation-repo';
import { partsOf, talkOrder } from './tools';
import { TalkOrderEditor } from './TalkOrderEditor';
import { sheetContent, shareableItems } from './sheet';
import { SheetView } from './SheetView';
import { usePreparation } from './use-preparation';
import { useThumbnails } from '../media';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';
import { DoneIcon } from '../../ui/drawings/icons';
import { ShareItem } from './ShareItem';

/**
 * What may go to my parents? Every thing the pupil made, with its choice, and below it exactly
 * what the praatpapier will show (seeds/004: the pupil decides, item by item).
 */
export function ShareReview() {
  const t = useT();
  const { route } = useLocation();
  const { pupil, round } = usePupilSession();
  const preparation = usePreparation(pupil.id, round);
  const items = preparation ? shareableItems(preparation) : undefined;
  const choices = items
    ? partsOf(preparation!.round).flatMap((part) => part.choices(items[part.id], t))
    : [];
  const thumbnails = useThumbnails(choices.flatMap((choice) => choice.photoMediaId ?? []));
  if (!round) return <Redirect to={paths.pupil} />;
  if (!preparation) return null;

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
            onChange={(share) => runAction(() => choice.change(pupil.id, round, share))}
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
