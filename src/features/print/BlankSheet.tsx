import type { RoundRow } from '../../db';
import { partsOf } from '../preparation';
import type { SheetPart } from '../tool-contract';
import { useT } from '../../i18n';
import type { BlankSheetModel } from './print-model';
import { RoundLine } from './PrintParts';
import { BlankBack, Side } from './SheetSide';

/**
 * The blank invulblad: each part of the round as its tool gives it to fill in by hand (the
 * round's own questions with lines to write on, its topics with faces to colour, now and in a
 * month, the three circles to write or draw in). For a pupil who did not prepare on the tablet,
 * to fill in at home or in class.
 */
export function BlankSheet({ sheet, className }: { sheet: BlankSheetModel; className: string }) {
  const t = useT();
  const { round, pupil } = sheet;
  return (
    <article class="print-sheet print-sheet--blank" aria-label={pupil?.firstName ?? t('blankName')}>
      <Side kind="front">
        <header class="print-head">
          <div class="print-draw-me">{t('blankDrawMe')}</div>
          <div>
            <p class="print-kicker">{t('sheetMine')}</p>
            {pupil ? (
              <h2 class="print-name">{pupil.firstName}</h2>
            ) : (
              <h2 class="print-name print-name-line">{t('blankName')}:</h2>
            )}
            <RoundLine className={className} round={round} slot={sheet.slot} />
          </div>
        </header>
        <BlankParts round={round} side="front" />
      </Side>
      <Side kind="back">
        <BlankParts round={round} side="back" />
      </Side>
      <BlankBack />
    </article>
  );
}

/** The round's parts of one side, each as its tool draws it blank. */
function BlankParts({ round, side }: { round: RoundRow; side: SheetPart['paper'] }) {
  return (
    <>
      {partsOf(round)
        .filter((part) => part.paper === side)
        .map(({ id, Blank }) => (Blank ? <Blank key={id} round={round} /> : null))}
    </>
  );
}
