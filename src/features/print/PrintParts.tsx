/** The parts of a printed sheet that are drawn only on paper. */
import type { PupilRow, RoundRow } from '../../db';
import { OUTCOME_NAMES, whoName } from '../agreements';
import { KIND_LABELS } from '../rounds';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { AvatarDrawing, type AvatarId } from '../../ui/drawings/avatars';
import { BLANK_AGREEMENT_LINES, type PrintSheetModel } from './print-model';
import { Part } from './SheetSide';
import { PaperLines } from '../../ui/PaperPart';

/** The pupil's own picture: their portrait, or the drawing they chose to sign in with. */
export function PupilPicture({
  pupil,
  url,
  size,
}: {
  pupil: PupilRow;
  url?: string;
  size: number;
}) {
  return url ? (
    <img class="print-avatar" src={url} alt="" width={size} height={size} />
  ) : (
    <span class="print-avatar" aria-hidden="true">
      <AvatarDrawing
        id={pupil.avatar.drawing as AvatarId}
        colour={pupil.avatar.colour}
        size={size}
      />
    </span>
  );
}

/** "Groep 5 · KOM-gesprek · Herfst", and the day of the talk. */
export function RoundLine({
  className,
  round,
  slot,
}: {
  className: string;
  round: RoundRow;
  slot?: string;
}) {
  const t = useT();
  const dates = useDates();
  return (
    <>
      <p>
        {className} · {t(KIND_LABELS[round.kind])} · {round.title}
      </p>
      <p>
        {slot
          ? t('sheetDate', { date: dates.slot(slot) })
          : t('sheetDays', { first: dates.day(round.firstDay), last: dates.day(round.lastDay) })}
      </p>
    </>
  );
}

/** Last round's agreements, and how they went; nothing when there was no last round. */
export function LookBackPart({ sheet }: { sheet: PrintSheetModel }) {
  const t = useT();
  if (!sheet.lookBack) return null;
  return (
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
              <td>{whoName(t, item.who, sheet.pupil.firstName)}</td>
              <td>{item.what}</td>
              <td>{item.outcome ? t(OUTCOME_NAMES[item.outcome]) : t('outcomeNone')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Part>
  );
}

/** This talk's agreements as recorded; when none are, an empty line for each to write on. */
export function AgreementsTable({ sheet }: { sheet: PrintSheetModel }) {
  const t = useT();
  const dates = useDates();
  const who = (value: 'pupil' | 'parents' | 'teacher') => whoName(t, value, sheet.pupil.firstName);
  const blank = (['pupil', 'parents', 'teacher'] as const).slice(0, BLANK_AGREEMENT_LINES);
  return (
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
  );
}

/** The agreements, and the child's tops and tips: filled in, or lines to write on. */
export function AgreementsFrame({ sheet }: { sheet: PrintSheetModel }) {
  const t = useT();
  return (
    <section class="print-part print-agreements">
      <h3>{t('sheetAgreements')}</h3>
      <p class="print-hint">{t('sheetAgreementsHint')}</p>
      <AgreementsTable sheet={sheet} />
      <div class="print-tops-tips">
        <div>
          <h4>{t('sheetTops')}</h4>
          {sheet.tops ? <p class="sheet-note">{sheet.tops}</p> : <PaperLines count={3} />}
        </div>
        <div>
          <h4>{t('sheetTips')}</h4>
          {sheet.tips ? <p class="sheet-note">{sheet.tips}</p> : <PaperLines count={3} />}
        </div>
      </div>
    </section>
  );
}
