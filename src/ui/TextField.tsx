import './text-field.css';
import { useRef } from 'preact/hooks';
import { useT } from '../i18n';
import { ReadAloud } from './ReadAloud';

let nextId = 0;

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  maxLength: number;
  /** A text area for answers and notes; a single line otherwise. */
  multiline?: boolean;
  /** Read the label aloud (pupil screens). */
  readAloud?: boolean;
}

/**
 * A labelled text field that stops at its limit and, from 80 % of it, shows how much room is
 * left, so a child sees why typing stops, instead of losing what they typed.
 */
export function TextField({
  label,
  value,
  onInput,
  maxLength,
  multiline,
  readAloud,
}: TextFieldProps) {
  const t = useT();
  const id = useRef(`text-field-${++nextId}`).current;
  const near = value.length >= maxLength * 0.8;
  const input = {
    id,
    value,
    maxLength,
    'aria-describedby': near ? `${id}-count` : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="text-field">
      <div class="text-field-label">
        <label for={id}>{label}</label>
        {readAloud ? <ReadAloud text={label} label={`${t('readAloud')}: ${label}`} /> : null}
      </div>
      {multiline ? <textarea rows={3} {...input} /> : <input type="text" {...input} />}
      {/* Only near the limit: "0 van 1000 tekens" under every empty box is noise to a child. */}
      {near ? (
        <p id={`${id}-count`} class="text-count text-count--near">
          {t('charactersLeft', { count: value.length, max: maxLength })}
        </p>
      ) : null}
    </div>
  );
}
