import type { MediaRow, PortfolioItemRow } from '../../db';
import {
  AnswersPart,
  AsksPart,
  CirclesPart,
  GoalsPart,
  isEmptySheet,
  type SheetContent,
} from '../preparation';
import { LEVEL_NAMES } from '../portfolio';
import { toTen } from '../ratings';
import { KIND_LABELS } from '../rounds';
import { OUTCOME_NAMES, WHO_NAMES } from '../agreements';
import { clock } from '../recorder';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { AvatarDrawing, type AvatarId } from '../../ui/drawings/avatars';
import { RatingMark } from '../../ui/RatingMark';
import { BLANK_AGREEMENT_LINES, type PrintSheetModel } from './print-model';

interface PrintSheetProps {
  sheet: PrintSheetModel;
  className: string;
  media: Map<string, MediaRow>;
  /** Object URLs of the images, by media id; the spinnenweb by `radar:<pupil id>`. */
  urls: Map<string, string>;
}

const tenText = (value: number | undefined, scale: Parameters<typeof toTen>[0]) =>
  value === undefined ? '–' : String(toTen(scale, value));

/** One pupil's praatpapier on paper: real text, drawings in SVG, photos and the web as images. */
export function PrintSheet({ sheet, className, media, urls }: PrintSheetProps) {
  const t = useT();
  const dates = useDates();
  const { pupil, round, content } = sheet;
  const portrait = pupil.photoMediaId ? urls.get(pupil.photoMediaId) : undefined;
  const clip = content.clip?.mediaId ? media.get(content.clip.mediaId) : undefined;
  const still = content.clip?.mediaId ? urls.get(content.clip.mediaId) : undefined;
  const radar = urls.get(`radar:${pupil.id}`);
  return (
    <article class="print-sheet" aria-label={pupil.firstName}>
      <header class="print-head">
        {portrait ? (
          <img class="print-avatar" src={portrait} alt="" width={64} height={64} />
        ) : (
          <span class="print-avatar" aria-hidden="true">
            <AvatarDrawing
              id={pupil.avatar.drawing as AvatarId}
              colour={pupil.avatar.colour}
              size={64}
            />
          </span>
        )}
        <div>
          <h2 class="print-name">{pupil.firstName}</h2>
          <p>
            {className} · {t(KIND_LABELS[round.kind])} · {round.title}
          </p>
          <p>
            {sheet.slot
              ? t('sheetDate', { date: dates.slot(sheet.slot) })
              : t('sheetDays', {
                  first: dates.day(round.firstDay),
                  last: dates.day(round.lastDay),
                })}
          </p>
        </div>
        <p class="print-copy">
          {t(sheet.audience === 'teacher' ? 'sheetCopyTeacher' : 'sheetCopyParents')}
        </p>
      </header>

      {sheet.lookBack ? (
        <Part title={t('sheetLookBack')}>
          <table class="print-table">
            <thead>
              <tr>
                <th scope="col">{t('sheetWho')}</th>
                <th scope="col">{t('sheetWhat')}</th>
                <th scope="col">{t('sheetHowWent')}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.lookBack.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.who === 'pupil' ? pupil.firstName : t(WHO_NAMES[item.who])}</td>
                  <td>{item.what}</td>
                  <td>{item.outcome ? t(OUTCOME_NAMES[item.outcome]) : t('outcomeNone')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Part>
      ) : null}

      {isEmptySheet(content) ? <p class="print-empty">{t('sheetNothingPrepared')}</p> : null}

      {content.clip ? (
        <Part title={t('videoMine')}>
          <figure class="print-video">
            {still ? (
              <img
                src={still}
                alt={t('sheetVideoStill', { name: pupil.firstName })}
                width={160}
                height={120}
              />
            ) : null}
            <figcaption>{t('sheetVideo', { length: clock(clip?.durationMs ?? 0) })}</figcaption>
          </figure>
        </Part>
      ) : null}

      {content.answers.length > 0 ? (
        <Part title={t('sheetAnswers')}>
          <AnswersPart answers={content.answers} />
        </Part>
      ) : null}

      {content.portfolio.length > 0 ? (
        <Part title={t('sheetPortfolio')}>
          <ul class="print-portfolio">
            {content.portfolio.map((item) => (
              <PrintItem
                key={item.id}
                item={item}
                url={item.photoMediaId ? urls.get(item.photoMediaId) : undefined}
              />
            ))}
          </ul>
        </Part>
      ) : null}

      {content.ratings.length > 0 ? (
        <Part title={t('sheetRatings')}>
          <div class="print-ratings-block">
            <RatingsList content={content} />
            {radar ? (
              <img
                class="print-radar"
                src={radar}
                alt={t('sheetRadarImage', { name: pupil.firstName })}
                width={300}
                height={300}
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
      {content.asks.length > 0 ? (
        <Part title={t('sheetAsks')}>
          <AsksPart asks={content.asks} />
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

      {sheet.teacherNotes ? (
        <Part title={t('sheetTeacherNotes')}>
          <dl class="sheet-answers">
            {(
              [
                ['focus', 'planFocus'],
                ['message', 'planMessage'],
                ['hearFromPupil', 'planHearPupil'],
                ['hearFromParents', 'planHearParents'],
              ] as const
            )
              .filter(([field]) => sheet.teacherNotes?.[field])
              .map(([field, label]) => (
                <div key={field}>
                  <dt>{t(label)}</dt>
                  <dd>{sheet.teacherNotes?.[field]}</dd>
                </div>
              ))}
          </dl>
        </Part>
      ) : null}

      <AgreementsFrame sheet={sheet} />
    </article>
  );
}

function Part({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <section class="print-part">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function PrintItem({ item, url }: { item: PortfolioItemRow; url?: string }) {
  const t = useT();
  return (
    <li class="print-item">
      {url ? <img src={url} alt="" width={120} height={90} /> : null}
      <div>
        <strong>{item.title || t('portfolioUntitled')}</strong>
        {item.proud ? <span class="print-proud"> ★ {t('proudShort')}</span> : null}
        {item.level ? <span> · {t(LEVEL_NAMES[item.level])}</span> : null}
        {item.note.trim() ? <p class="sheet-note">{item.note}</p> : null}
      </div>
    </li>
  );
}

function RatingsList({ content }: { content: SheetContent }) {
  const t = useT();
  return (
    <ul class="print-ratings">
      {content.ratings.map((rating) => (
        <li key={rating.topicId}>
          <span class="print-rating-label">{rating.label}</span>
          <span class="print-rating-marks">
            <RatingMark scale={rating.scale} value={rating.now} tone="now" size={28} />
            <span aria-hidden="true">→</span>
            <RatingMark scale={rating.scale} value={rating.month} tone="month" size={28} />
          </span>
          <span class="print-rating-text">
            {t('sheetNowMonth', {
              now: tenText(rating.now, rating.scale),
              month: tenText(rating.month, rating.scale),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Filled in when agreements were recorded; otherwise empty lines to write on during the talk. */
function AgreementsFrame({ sheet }: { sheet: PrintSheetModel }) {
  const t = useT();
  const dates = useDates();
  const who = (value: 'pupil' | 'parents' | 'teacher') =>
    value === 'pupil' ? sheet.pupil.firstName : t(WHO_NAMES[value]);
  const blank = (['pupil', 'parents', 'teacher'] as const).slice(0, BLANK_AGREEMENT_LINES);
  return (
    <section class="print-part print-agreements">
      <h3>{t('sheetAgreements')}</h3>
      <p class="print-hint">{t('sheetAgreementsHint')}</p>
      <table class="print-table print-frame">
        <thead>
          <tr>
            <th scope="col">{t('sheetWho')}</th>
            <th scope="col">{t('sheetWhat')}</th>
            <th scope="col">{t('sheetByWhen')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.agreements.length > 0
            ? sheet.agreements.map((item) => (
                <tr key={item.id}>
                  <td>{who(item.who)}</td>
                  <td>{item.what}</td>
                  <td>{item.byWhen ? dates.day(item.byWhen) : ''}</td>
                </tr>
              ))
            : blank.map((value) => (
                <tr key={value} class="print-blank">
                  <td>{who(value)}</td>
                  <td />
                  <td />
                </tr>
              ))}
        </tbody>
      </table>
      <div class="print-tops-tips">
        <div>
          <h4>{t('sheetTops')}</h4>
          {sheet.tops ? <p class="sheet-note">{sheet.tops}</p> : <div class="print-lines" />}
        </div>
        <div>
          <h4>{t('sheetTips')}</h4>
          {sheet.tips ? <p class="sheet-note">{sheet.tips}</p> : <div class="print-lines" />}
        </div>
      </div>
    </section>
  );
}
