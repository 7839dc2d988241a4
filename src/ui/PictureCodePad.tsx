import { useState } from 'preact/hooks';
import { CodePicture, CODE_PICTURE_IDS, type CodePictureId } from './drawings/code-pictures';

interface PictureCodePadProps {
  /** How many pictures a code has (PICTURE_CODE_LENGTH: the access feature decides). */
  length: number;
  /** The pictures' names in the current language, by id. */
  names: Record<CodePictureId, string>;
  slotLabel: (n: number, picture?: string) => string;
  clearLabel: string;
  disabled?: boolean;
  /** Called with three picture ids once the third is tapped; the pad then empties itself. */
  onComplete: (pictures: CodePictureId[]) => void;
}

/** Nine big pictures and a slot for each picture of the code: tap them in order. */
export function PictureCodePad({
  length,
  names,
  slotLabel,
  clearLabel,
  disabled,
  onComplete,
}: PictureCodePadProps) {
  const [picked, setPicked] = useState<CodePictureId[]>([]);

  function pick(id: CodePictureId) {
    const next = [...picked, id];
    if (next.length < length) {
      setPicked(next);
      return;
    }
    setPicked([]);
    onComplete(next);
  }

  return (
    <div class="code-pad">
      <ol class="code-slots" aria-live="polite">
        {Array.from({ length }, (_, index) => {
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
