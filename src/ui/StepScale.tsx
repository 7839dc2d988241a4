import { useRef } from 'preact/hooks';
import { INK } from './drawings/ink';
import { onRadioKey } from './radio-keys';
import './scales.css';

interface StepScaleProps {
  label: string;
  /** One name per step, from the first to the last. */
  names: readonly string[];
  value?: number;
  onChange: (value: number) => void;
}

/**
 * "How far am I": a staircase the pupil climbs, one radio button per step. Growth language:
 * every step is a step up, none is a sad face.
 */
export function StepScale({ label, names, value, onChange }: StepScaleProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const focusable = value ?? 0;

  return (
    <div class="step-scale" role="radiogroup" aria-label={label}>
      <p class="step-scale-label" aria-hidden="true">
        {label}
      </p>
      <div class="step-scale-steps">
        {names.map((name, index) => (
          <button
            key={name}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="radio"
            aria-checked={value === index}
            aria-label={name}
            tabIndex={index === focusable ? 0 : -1}
            class="step-scale-step"
            onClick={() => onChange(index)}
            onKeyDown={(event) => onRadioKey(event, index, buttons.current, onChange)}
          >
            <svg viewBox="0 0 50 50" width="48" height="48" aria-hidden="true" focusable="false">
              {names.map((_, bar) => (
                <rect
                  key={bar}
                  x={2 + bar * 9.5}
                  y={46 - (bar + 1) * 8.5}
                  width="8"
                  height={(bar + 1) * 8.5}
                  fill={bar <= index ? '#0072b2' : '#e5e7eb'}
                  stroke={INK}
                  stroke-width="1.5"
                />
              ))}
            </svg>
            <span>{name}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
