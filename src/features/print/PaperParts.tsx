import type { MediaRow, PupilRow } from '../../db';
import { SHEET_PARTS, type SheetContent } from '../preparation';
import type { SheetPart } from '../tool-contract';
import { useT } from '../../i18n';
import { Part } from './SheetSide';

interface PaperPartsProps {
  content: SheetContent;
  pupil: PupilRow;
  urls: ReadonlyMap<string, string>;
  media: ReadonlyMap<string, MediaRow>;
  /** Only the parts of this side of the sheet; every part when left out. */
  side?: SheetPart['paper'];
  /** Small and without headings, for the teacher's box of what the parents do not see. */
  compact?: boolean;
}

/** The pupil's parts on paper, in the parts' one order, each as its tool draws it. */
export function PaperParts({
  content,
  pupil,
  urls,
  media,
  side,
  compact = false,
}: PaperPartsProps) {
  const t = useT();
  return (
    <>
      {SHEET_PARTS.filter((part) => !side || part.paper === side).map(
        ({ id, names, Paper, Sheet }) => {
          const items = content[id];
          if (items.length === 0) return null;
          if (Paper)
            return (
              <Paper
                key={id}
                items={items}
                urls={urls}
                media={media}
                pupil={pupil}
                compact={compact}
              />
            );
          if (compact) return <Sheet key={id} items={items} />;
          return (
            <Part key={id} title={t(names.sheet)}>
              <Sheet items={items} />
            </Part>
          );
        },
      )}
    </>
  );
}
