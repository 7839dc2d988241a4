import type { TalkPart } from '../../db';
import { useT } from '../../i18n';
import { ReadAloud } from '../../ui/ReadAloud';
import { ToolPicture } from '../../ui/drawings/tool-pictures';
import type { SheetContent } from './sheet';
import { SHEET_PARTS } from './tools';

const PARTS = new Map(SHEET_PARTS.map((part) => [part.id, part]));

const hasPart = (content: SheetContent, part: TalkPart): boolean => content[part].length > 0;

/**
 * "In welke volgorde vertel jij het?": the parts on the praatpapier as picture cards, moved up or
 * down with big arrow buttons. Conversation mode follows this order.
 */
export function TalkOrderEditor({
  content,
  order,
  onChange,
}: {
  content: SheetContent;
  /** The full order of every part (talkOrder() of the stored choice). */
  order: TalkPart[];
  onChange: (order: TalkPart[]) => void;
}) {
  const t = useT();
  const shown = order.filter((part) => hasPart(content, part));
  if (shown.length < 2) return null;

  const move = (part: TalkPart, by: -1 | 1) => {
    const at = shown.indexOf(part);
    const next = [...shown];
    [next[at], next[at + by]] = [next[at + by]!, next[at]!];
    // Parts without anything on the sheet keep their place after the ones shown.
    onChange([...next, ...order.filter((other) => !next.includes(other))]);
  };

  return (
    <section class="card pupil-card talk-order" aria-labelledby="talk-order-title">
      <div class="pupil-title">
        <h2 id="talk-order-title">{t('talkOrderTitle')}</h2>
        <ReadAloud
          text={`${t('talkOrderTitle')} ${t('talkOrderHint')}`}
          label={`${t('readAloud')}: ${t('talkOrderTitle')}`}
        />
      </div>
      <p class="pupil-intro">{t('talkOrderHint')}</p>
      <ol class="talk-order-list">
        {shown.map((part, index) => {
          const { names, picture } = PARTS.get(part)!;
          const name = t(names.pupil);
          return (
            <li key={part} class="talk-order-item">
              <span class="path-step" aria-hidden="true">
                {index + 1}
              </span>
              <ToolPicture id={picture} size={48} />
              <span class="talk-order-name">{name}</span>
              <button
                type="button"
                class="button"
                disabled={index === 0}
                aria-label={t('talkOrderEarlier', { part: name })}
                onClick={() => move(part, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="button"
                disabled={index === shown.length - 1}
                aria-label={t('talkOrderLater', { part: name })}
                onClick={() => move(part, 1)}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
