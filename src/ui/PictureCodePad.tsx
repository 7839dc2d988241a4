import { useState } from 'preact/hooks';
import { CodePicture, CODE_PICTURE_IDS, type CodePictureId } from './drawings/code-pictures';

export const CODE_LENGTH = 3;

interface PictureCodePadProps {
  /** The pictures' names in the current language, by id. */
  names: Record<CodePictureId, string>;
  slotLabel: (n: number, picture?: string) => string;
  clearLabel: string;
  disabled?: boolean;
  /** Called with three picture ids once the third is tapped; the pad then empties itself. */
  onComplete: (pictures: CodePictureId[]) => void;
}

/** Nine big pictures and three slots: tap three pictures in order. */
export function PictureCodePad({
  names,
  slotLabel,
  clearLabel,
  disabled,
  onComplete,
}: PictureCodePadProps) {
  const [picked, setPicked] = useState<CodePictureId[]>([]);

  function pick(id: CodePictureId) {
    const next = [...picked, id];
    if (next.length < CODE_LENGTH) {
      setPicked(next);
      return;
    }
    setPicked([]);
    onComplete(next);
  }

  return (
    <div class="code-pad">
      <ol class="code-slots" aria-live="polite">
        {Array.from({ length: CODE_LENGTH }, (_, index) => {
          const id = picked[index];
          return (
            <li class="code-slot" key={index} aria-label={slotLabel(index + 1, id && names[id])}>
              {id ? <CodePicture id={id} size={48} /> : null}
            </li>
          );
        })}
      </ol>
      <div class="code-grid">
        {CODE_PICTURE_IDS.map((id) => (
          <button
            type="button"
            class="code-picture"
            key={id}
            aria-label={names[id]}
            disabled={disabled}
            onClick={() => pick(id)}
          >
            <CodePicture id={id} size={72} />
          </button>
        ))}
      </div>
      <button
        type="button"
        class="button"
        disabled={disabled || picked.length === 0}
        onClick={() => setPicked([])}
      >
        {clearLabel}
      </button>
    </div>
  );
}
