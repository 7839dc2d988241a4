import { useRef } from 'preact/hooks';
import { ChoicePicture, type PictureId } from './drawings/choice-pictures';
import { onRadioKey } from './radio-keys';
import './scales.css';

interface ChoicePicturesProps<T extends string> {
  label: string;
  options: readonly { value: T; name: string; picture: PictureId }[];
  value?: T;
  onChange: (value: T) => void;
  /** A row of smaller buttons, for lists with a choice per item. */
  compact?: boolean;
}

/**
 * A choice made by tapping a picture with its name under it, as one radio group. The chosen
 * picture gets a thick outline and a tick, so it is not told by colour alone.
 */
export function ChoicePictures<T extends string>(props: ChoicePicturesProps<T>) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const chosen = props.options.findIndex((option) => option.value === props.value);
  const choose = (index: number) => props.onChange(props.options[index]!.value);
  return (
    <div
      class={props.compact ? 'choice-pictures choice-pictures--compact' : 'choice-pictures'}
      role="radiogroup"
      aria-label={props.label}
    >
      {props.compact ? null : (
        <p class="choice-label" aria-hidden="true">
          {props.label}
        </p>
      )}
      <div class="choice-options">
        {props.options.map((option, index) => (
          <button
            key={option.value}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={index === chosen}
            tabIndex={index === Math.max(0, chosen) ? 0 : -1}
            class="picture-choice"
            onClick={() => choose(index)}
            onKeyDown={(event) => onRadioKey(event, index, buttons.current, choose)}
          >
            <ChoicePicture id={option.picture} size={props.compact ? 40 : 72} />
            <span class="choice-name">{option.name}</span>
            {index === chosen ? (
              <span class="choice-tick" aria-hidden="true">
                ✓
              </span>
            ) : null}
          </button>
        ))}
      </div>
    </div>
  );
}
