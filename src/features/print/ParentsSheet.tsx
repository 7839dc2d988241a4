import type { MediaRow } from '../../db';
import { isEmptySheet } from '../preparation';
import { useT } from '../../i18n';
import type { PrintSheetModel } from './print-model';
import { AgreementsFrame, LookBackPart, PupilPicture, RoundLine } from './PrintParts';
import { PaperParts } from './PaperParts';
import { BlankBack, Part, Side } from './SheetSide';

interface ParentsSheetProps {
  sheet: PrintSheetModel;
  className: string;
  media: Map<string, MediaRow>;
  /** Object URLs of the images, by media id; the spinnenweb by `radar:<pupil id>`. */
  urls: Map<string, string>;
}

/**
 * One pupil's praatpapier for the conversation: one sheet, two sides. The front is the child's
 * voice: their name and picture, the work they are proudest of with its photo, what they want
 * to tell and ask. The back is how it goes: the ratings and the spinnenweb, the circles and
 * goals, and the agreements to write down. Real text, drawings in SVG, photos as images.
 */
export function ParentsSheet({ sheet, className, media, urls }: ParentsSheetProps) {
  const t = useT();
  const { pupil, round, content } = sheet;
  const parts = { content, pupil, urls, media };
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

        <PaperParts {...parts} side="front" />
      </Side>

      <Side kind="back">
        <PaperParts {...parts} side="back" />

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
