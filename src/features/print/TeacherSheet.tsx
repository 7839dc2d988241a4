import type { MediaRow } from '../../db';
import { isEmptySheet } from '../preparation';
import { PLAN_FIELDS } from '../rounds';
import { useT } from '../../i18n';
import type { PrintSheetModel } from './print-model';
import { AgreementsTable, LookBackPart, PupilPicture, RoundLine } from './PrintParts';
import { PaperLines } from '../../ui/PaperPart';
import { PaperParts } from './PaperParts';
import { BlankBack, Part, Side } from './SheetSide';

/** Lines for the teacher's notes when none were taken during the talk. */
const NOTE_LINES = 8;

/**
 * The teacher's copy: one compact page that cannot be mistaken for the parents' (a grey band with
 * its heading), with what the teacher needs at the table and nothing the parents' copy already
 * says: the slot, the teacher's focus and message, what the child marked for the teacher only
 * (set apart), last round's agreements and how they went, and lines for notes.
 */
export function TeacherSheet({
  sheet,
  className,
  urls,
  media,
}: {
  sheet: PrintSheetModel;
  className: string;
  urls: Map<string, string>;
  media: Map<string, MediaRow>;
}) {
  const t = useT();
  const { pupil, round, teacherOnly } = sheet;
  const portrait = pupil.photoMediaId ? urls.get(pupil.photoMediaId) : undefined;
  const plan = PLAN_FIELDS.filter(([field]) => sheet.teacherNotes?.[field]);
  return (
    <article class="print-sheet print-sheet--teacher" aria-label={pupil.firstName}>
      <Side kind="teacher">
        <header class="print-band">
          <PupilPicture pupil={pupil} url={portrait} size={56} />
          <div>
            <p class="print-kicker">{t('sheetCopyTeacher')}</p>
            <h2 class="print-name">{pupil.firstName}</h2>
            <RoundLine className={className} round={round} slot={sheet.slot} />
          </div>
        </header>

        {plan.length > 0 ? (
          <dl class="print-plan">
            {plan.map(([field, label]) => (
              <div key={field}>
                <dt>{t(label)}</dt>
                <dd>{sheet.teacherNotes?.[field]}</dd>
              </div>
            ))}
          </dl>
        ) : null}

        {teacherOnly && !isEmptySheet(teacherOnly) ? (
          <section class="print-part print-teacher-only">
            <h3>{t('sheetTeacherOnly', { name: pupil.firstName })}</h3>
            <PaperParts content={teacherOnly} pupil={pupil} urls={urls} media={media} compact />
          </section>
        ) : null}

        <LookBackPart sheet={sheet} />

        {sheet.agreements.length > 0 ? (
          <Part title={t('sheetAgreements')}>
            <AgreementsTable sheet={sheet} />
          </Part>
        ) : null}
        {sheet.tops || sheet.tips ? (
          <Part title={t('sheetTopsTips')}>
            <dl class="print-plan">
              {(['tops', 'tips'] as const)
                .filter((field) => sheet[field])
                .map((field) => (
                  <div key={field}>
                    <dt>{t(field === 'tops' ? 'sheetTops' : 'sheetTips')}</dt>
                    <dd>{sheet[field]}</dd>
                  </div>
                ))}
            </dl>
          </Part>
        ) : null}

        <Part title={t('sheetTalkNotes')}>
          {sheet.talkNotes ? <p class="sheet-note">{sheet.talkNotes}</p> : null}
          <PaperLines count={sheet.talkNotes ? NOTE_LINES / 2 : NOTE_LINES} />
        </Part>
      </Side>
      <BlankBack />
    </article>
  );
}
