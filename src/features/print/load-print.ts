/**
 * Everything the printed praatpapieren of a round need, for one pupil or the whole class, in a
 * fixed number of reads however many pupils there are: the preparation (one read per table),
 * plans, agreements, last round's agreements, and the media rows whose small thumbnails are
 * printed (portfolio photos, video stills, portraits). Full photos and videos are never read.
 */
import type { ClassRow, MediaRow, PupilRow, RoundRow } from '../../db';
import { getClass, listPupils } from '../class';
import { classPreparations, isEmptySheet, SHEET_PARTS, sheetContent } from '../preparation';
import type { Audience, PartId, PartItems } from '../tool-contract';
import { pupilPlans } from '../rounds';
import { agreementsOfRound, lookBacksOfRound } from '../agreements';
import { mediaRowsOf } from '../media';
import { printSheetModel, type BlankSheetModel, type PrintSheetModel } from './print-model';

/** The parents' copy (for the conversation), the teacher's, or the blank invulblad. */
export type Copy = Audience | 'blank';

export interface PrintData {
  classRow: ClassRow;
  round: RoundRow;
  sheets: PrintSheetModel[];
  /** The blank invulbladen: only on the blank copy. */
  blanks: BlankSheetModel[];
  /** Media rows by id, for their thumbnails and the video's length. */
  media: Map<string, MediaRow>;
}

export async function loadPrintData(
  round: RoundRow,
  copy: Copy,
  pupilId?: string,
): Promise<PrintData | undefined> {
  const [classRow, classPupils] = await Promise.all([
    getClass(round.classId),
    listPupils(round.classId),
  ]);
  if (!classRow) return undefined;
  const pupils = pupilId ? classPupils.filter((pupil) => pupil.id === pupilId) : classPupils;
  const ids = pupils.map((pupil) => pupil.id);
  if (copy === 'blank') return blankSheets(round, classRow, pupils, !pupilId);
  const [preparations, plans, agreements, lookBacks] = await Promise.all([
    classPreparations(round, ids),
    pupilPlans(round.id),
    agreementsOfRound(round.id),
    lookBacksOfRound(round),
  ]);
  const agreementsByPupil = new Map(agreements.map((row) => [row.pupilId, row]));
  const sheets = pupils.map((pupil) =>
    printSheetModel({
      pupil,
      preparation: preparations.get(pupil.id)!,
      audience: copy,
      plan: plans.get(pupil.id),
      agreements: agreementsByPupil.get(pupil.id),
      lookBack: lookBacks.get(pupil.id),
    }),
  );
  const mediaIds = sheets.flatMap((sheet) => [
    ...SHEET_PARTS.flatMap(({ id, paperMedia }) => {
      const items: readonly PartItems[PartId][] = sheet.content[id];
      return paperMedia ? items.flatMap(paperMedia) : [];
    }),
    ...(sheet.pupil.photoMediaId ? [sheet.pupil.photoMediaId] : []),
  ]);
  return { classRow, round, sheets, blanks: [], media: await mediaRowsOf(mediaIds) };
}

/**
 * The invulbladen: one asked-for pupil's, or the class's for whoever has nothing on the tablet
 * (one without a name when everyone prepared). Needs only the slots and, for the class, the
 * preparations.
 */
async function blankSheets(
  round: RoundRow,
  classRow: ClassRow,
  pupils: PupilRow[],
  onlyUnprepared: boolean,
): Promise<PrintData> {
  const [preparations, plans] = await Promise.all([
    onlyUnprepared
      ? classPreparations(
          round,
          pupils.map((pupil) => pupil.id),
        )
      : undefined,
    pupilPlans(round.id),
  ]);
  const unprepared = preparations
    ? pupils.filter((pupil) => isEmptySheet(sheetContent(preparations.get(pupil.id)!, 'teacher')))
    : pupils;
  const blanks: BlankSheetModel[] =
    unprepared.length > 0
      ? unprepared.map((pupil) => ({ pupil, round, slot: plans.get(pupil.id)?.slot }))
      : [{ round }];
  return { classRow, round, sheets: [], blanks, media: new Map() };
}
