import type { MediaRow } from '../../db';
import { AnswersPart, AsksPart, CirclesPart, GoalsPart, isEmptySheet } from '../preparation';
import { KIND_LABELS, PLAN_FIELDS } from '../rounds';
import { OUTCOME_NAMES, whoName } from '../agreements';
import { clock } from '../recorder';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { AvatarDrawing, type AvatarId } from '../../ui/drawings/avatars';
import type { PrintSheetModel } from './print-model';
import { AgreementsFrame, PrintItem, RatingsList } from './PrintParts';

interface PrintSheetProps {
  sheet: PrintSheetModel;
  className: string;
  media: Map<string, MediaRow>;
  /** Object URLs of the images, by media id; the spinnenweb by `radar:<pupil id>`. */
  urls: Map<string, string>;
}

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
                  <td>{whoName(t, item.who, pupil.firstName)}</td>
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
            {PLAN_FIELDS.filter(([field]) => sheet.teacherNotes?.[field]).map(([field, label]) => (
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
