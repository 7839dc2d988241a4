import { useRef } from 'preact/hooks';
import { INK, line } from './drawings/ink';
import { onRadioKey } from './radio-keys';
import { ChoicePicture, type PictureId } from './drawings/choice-pictures';
import './scales.css';

interface SmileyScaleProps {
  label: string;
  /** Five faces, or three steps "nog niet / bijna / al" for kleuters (seed, sprout, flower). */
  steps: 3 | 5;
  value?: number;
  onChange: (value: number) => void;
  /** The spoken name of each face, from the lowest to the highest. */
  names: readonly string[];
}

/** Mouth curves from sad to beaming, for five faces; three steps use 0, 2 and 4. */
const MOUTHS = [
  'M32 70q18-14 36 0',
  'M34 68q16-7 32 0',
  'M34 66h32',
  'M32 62q18 12 36 0',
  'M28 58q22 22 44 0Z',
];
const FACE_COLOURS = ['#fca5a5', '#fdba74', '#fde68a', '#bef264', '#86efac'];

/** Kleuters grow: "nog niet" is a seed, not a sad face (seeds/004). */
export const THREE_STEPS: readonly PictureId[] = ['notYet', 'almost', 'can'];

/**
 * One of the five faces, from sad (0) to beaming (4); also drawn on the printed sheet, and
 * `uncoloured` on the blank invulblad, for the child to colour the face that fits.
 */
export function SmileyFace({
  mood,
  size = 56,
  uncoloured = false,
}: {
  mood: number;
  size?: number;
  uncoloured?: boolean;
}) {
  return (
    <svg viewBox="0 0 100 100" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="44" fill={uncoloured ? '#fff' : FACE_COLOURS[mood]} {...line} />
      <circle cx="35" cy="40" r="5" fill={INK} />
      <circle cx="65" cy="40" r="5" fill={INK} />
      <path d={MOUTHS[mood]} fill={mood === 4 ? '#fff' : 'none'} {...line} />
    </svg>
  );
}

/**
 * Faces to tap, as one radio group: a child who cannot read chooses by the face, a screen reader
 * hears its name, and the choice is marked by a thick outline and a tick, not by colour alone.
 */
export function SmileyScale({ label, steps, value, onChange, names }: SmileyScaleProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const moods = steps === 3 ? [0, 1, 2] : [0, 1, 2, 3, 4];
  return (
    <div class="smiley-scale" role="radiogroup" aria-label={label}>
      {moods.map((mood, index) => (
        <button
          key={mood}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="radio"
          aria-checked={value === index}
          aria-label={names[index]}
          tabIndex={index === (value ?? 0) ? 0 : -1}
          class="smiley"
          onClick={() => onChange(index)}
          onKeyDown={(event) => onRadioKey(event, index, buttons.current, onChange)}
        >
          {steps === 3 ? (
            <ChoicePicture id={THREE_STEPS[mood]!} size={56} />
          ) : (
            <SmileyFace mood={mood} />
          )}
          {value === index ? (
            <span class="choice-tick" aria-hidden="true">
              ✓
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
