/**
 * Everything the printed praatpapieren of a round need, for one pupil or the whole class, in a
 * fixed number of reads however many pupils there are: the preparation (one read per table),
 * plans, agreements, last round's agreements, and the media rows whose small thumbnails are
 * printed (portfolio photos, video stills, portraits). Full photos and videos are never read.
 */
import type { ClassRow, MediaRow, RoundRow } from '../../db';
import { getClass, listPupils } from '../class';
import { classPreparations, type Audience } from '../preparation';
import { pupilPlans } from '../rounds';
import { agreementsOfRound, lookBacksOfRound } from '../agreements';
import { mediaRowsOf } from '../media';
import { printSheetModel, type PrintSheetModel } from './print-model';

export interface PrintData {
  classRow: ClassRow;
  round: RoundRow;
  sheets: PrintSheetModel[];
  /** Media rows by id, for their thumbnails and the video's length. */
  media: Map<string, MediaRow>;
}

export async function loadPrintData(
  round: RoundRow,
  audience: Audience,
  pupilId?: string,
): Promise<PrintData | undefined> {
  const [classRow, classPupils] = await Promise.all([
    getClass(round.classId),
    listPupils(round.classId),
  ]);
  if (!classRow) return undefined;
  const pupils = pupilId ? classPupils.filter((pupil) => pupil.id === pupilId) : classPupils;
  const ids = pupils.map((pupil) => pupil.id);
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
      audience,
      plan: plans.get(pupil.id),
      agreements: agreementsByPupil.get(pupil.id),
      lookBack: lookBacks.get(pupil.id),
    }),
  );
  const mediaIds = sheets.flatMap((sheet) => [
    ...sheet.content.portfolio.flatMap((item) => item.photoMediaId ?? []),
    ...(sheet.content.clip?.mediaId ? [sheet.content.clip.mediaId] : []),
    ...(sheet.pupil.photoMediaId ? [sheet.pupil.photoMediaId] : []),
  ]);
  return { classRow, round, sheets, media: await mediaRowsOf(mediaIds) };
}
