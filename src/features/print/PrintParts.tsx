/** The parts of a printed sheet that are drawn only on paper. */
import type { PortfolioItemRow } from '../../db';
import type { SheetContent } from '../preparation';
import { LEVEL_NAMES } from '../portfolio';
import { tenText } from '../ratings';
import { whoName } from '../agreements';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { RatingMark } from '../../ui/RatingMark';
import { BLANK_AGREEMENT_LINES, type PrintSheetModel } from './print-model';

export function PrintItem({ item, url }: { item: PortfolioItemRow; url?: string }) {
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

export function RatingsList({ content }: { content: SheetContent }) {
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
              now: tenText(rating.scale, rating.now),
              month: tenText(rating.scale, rating.month),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Filled in when agreements were recorded; otherwise empty lines to write on during the talk. */
export function AgreementsFrame({ sheet }: { sheet: PrintSheetModel }) {
  const t = useT();
  const dates = useDates();
  const who = (value: 'pupil' | 'parents' | 'teacher') => whoName(t, value, sheet.pupil.firstName);
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
      {sheet.talkNotes ? (
        <div class="print-talk-notes">
          <h4>{t('talkNotes')}</h4>
          <p class="sheet-note">{sheet.talkNotes}</p>
        </div>
      ) : null}
    </section>
  );
}
