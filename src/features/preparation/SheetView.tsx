import { useT } from '../../i18n';
import { isEmptySheet, type SheetContent } from './sheet';
import { SHEET_PARTS } from './tools';

/**
 * The praatpapier's content on screen: what the pupil's parents (or the teacher) will see, part
 * by part; empty parts are left out. The printed sheet is drawn from the same SheetContent.
 */
export function SheetView({
  content,
  headingLevel = 2,
}: {
  content: SheetContent;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (isEmptySheet(content)) return <p class="message">{t('sheetEmpty')}</p>;
  return (
    <div class="sheet-view">
      {SHEET_PARTS.map(({ id, names, Sheet }) =>
        content[id].length > 0 ? (
          <section key={id}>
            <H>{t(names.sheet)}</H>
            <Sheet items={content[id]} />
          </section>
        ) : null,
      )}
    </div>
  );
}
