import type { MediaRow } from '../../db';
import { AnswersPart, AsksPart, CirclesPart, GoalsPart, isEmptySheet } from '../preparation';
import { clock } from '../recorder';
import { useT } from '../../i18n';
import type { PrintSheetModel } from './print-model';
import {
  AgreementsFrame,
  LookBackPart,
  PrintItem,
  PupilPicture,
  RatingsList,
  RoundLine,
} from './PrintParts';
import { BlankBack, Part, Side } from './SheetSide';

interface ParentsSheetProps {
  sheet: PrintSheetModel;
  className: string;
  media: Map<string, MediaRow>;
  /** Object URLs of the images, by media id; the spinnenweb by `radar:<pupil id>`. */
  urls: Map<string, string>;
}

/** How many portfolio items are shown large, as the work the pupil is proudest of. */
const BIG_ITEMS = 2;

/**
 * One pupil's praatpapier for the conversation: one sheet, two sides. The front is the child's
 * voice: their name and picture, the work they are proudest of with its photo, what they want
 * to tell and ask. The back is how it goes: the ratings and the spinnenweb, the circles and
 * goals, and the agreements to write down. Real text, drawings in SVG, photos as images.
 */
export function ParentsSheet({ sheet, className, media, urls }: ParentsSheetProps) {
  const t = useT();
  const { pupil, round, content } = sheet;
  const clip = content.clip?.mediaId ? media.get(content.clip.mediaId) : undefined;
  const radar = urls.get(`radar:${pupil.id}`);
  const big = content.portfolio.filter((item) => item.proud).slice(0, BIG_ITEMS);
  const rest = content.portfolio.filter((item) => !big.includes(item));
  const photo = (id?: string) => (id ? urls.get(id) : undefined);
  return (
    <article class="print-sheet print-sheet--parents" aria-label={pupil.firstName}>
      <Side kind="front">
        <header class="print-head">
          <PupilPicture pupil={pupil} url={photo(pupil.photoMediaId)} size={112} />
          <div>
            <p class="print-kicker">{t('sheetMine')}</p>
            <h2 class="print-name">{pupil.firstName}</h2>
            <RoundLine className={className} round={round} slot={sheet.slot} />
          </div>
        </header>

        {isEmptySheet(content) ? <p class="print-empty">{t('sheetNothingPrepared')}</p> : null}

        {big.length > 0 ? (
          <Part title={t('sheetProud')}>
            <ul class="print-portfolio print-portfolio--big">
              {big.map((item) => (
                <PrintItem key={item.id} item={item} url={photo(item.photoMediaId)} big />
              ))}
            </ul>
          </Part>
        ) : null}

        {content.answers.length > 0 ? (
          <Part title={t('sheetAnswers')}>
            <AnswersPart answers={content.answers} />
          </Part>
        ) : null}
        {content.asks.length > 0 ? (
          <Part title={t('sheetAsks')}>
            <AsksPart asks={content.asks} />
          </Part>
        ) : null}

        {rest.length > 0 ? (
          <Part title={t('sheetPortfolio')}>
            <ul class="print-portfolio">
              {rest.map((item) => (
                <PrintItem key={item.id} item={item} url={photo(item.photoMediaId)} />
              ))}
            </ul>
          </Part>
        ) : null}

        {content.clip ? (
          <p class="print-video-note">
            {t('sheetVideo', { length: clock(clip?.durationMs ?? 0) })}
          </p>
        ) : null}
      </Side>

      <Side kind="back">
        {content.ratings.length > 0 ? (
          <Part title={t('sheetRatings')}>
            <div class="print-ratings-block">
              <RatingsList content={content} size={52} />
              {radar ? (
                <img
                  class="print-radar"
                  src={radar}
                  alt={t('sheetRadarImage', { name: pupil.firstName })}
                  width={400}
                  height={320}
                />
              ) : null}
            </div>
          </Part>
        ) : null}

        {content.circles.length > 0 ? (
          <Part title={t('sheetCircles')}>
            <CirclesPart circles={content.circles} />
          </Part>
        ) : null}
        {content.goals.length > 0 ? (
          <Part title={t('sheetGoals')}>
            <GoalsPart goals={content.goals} />
          </Part>
        ) : null}

        {sheet.parentAnswers.length > 0 ? (
          <Part title={t('sheetParentAnswers')}>
            <dl class="sheet-answers">
              {sheet.parentAnswers.map((row) => (
                <div key={row.question}>
                  <dt>{row.question}</dt>
                  <dd>{row.answer}</dd>
                </div>
              ))}
            </dl>
          </Part>
        ) : null}

        <LookBackPart sheet={sheet} />

        <AgreementsFrame sheet={sheet} />
      </Side>
      <BlankBack />
    </article>
  );
}
