import { useRef } from 'preact/hooks';
import { INK } from './drawings/ink';
import './scales.css';

interface ThermometerProps {
  label: string;
  value?: number;
  onChange: (value: number) => void;
  /** How a value is spoken, e.g. "7 van 10". */
  valueText: (value: number) => string;
  unsetText: string;
  /** Now and in a month look different in colour and in outline (not colour alone). */
  tone?: 'now' | 'month';
}

const MAX = 10;
// The tube in SVG units: from the top of the column to just above the bulb.
const TOP = 12;
const BOTTOM = 232;

const KEY_STEPS: Record<string, number> = {
  ArrowUp: 1,
  ArrowRight: 1,
  ArrowDown: -1,
  ArrowLeft: -1,
  PageUp: 2,
  PageDown: -2,
};

/**
 * A big thermometer from 0 to 10 to drag, tap or move with the arrow keys: an ARIA slider, so a
 * screen reader and a keyboard use it like any other.
 */
export function Thermometer({
  label,
  value,
  onChange,
  valueText,
  unsetText,
  tone = 'now',
}: ThermometerProps) {
  const track = useRef<HTMLDivElement>(null);

  function valueAt(clientY: number): number {
    const box = track.current!.getBoundingClientRect();
    const top = box.top + (TOP / 300) * box.height;
    const bottom = box.top + (BOTTOM / 300) * box.height;
    const share = (bottom - clientY) / (bottom - top);
    return Math.round(Math.min(1, Math.max(0, share)) * MAX);
  }

  function set(next: number) {
    const clamped = Math.min(MAX, Math.max(0, next));
    if (clamped !== value) onChange(clamped);
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = KEY_STEPS[event.key];
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? MAX
          : step !== undefined
            ? (value ?? 0) + step
            : null;
    if (next === null) return;
    event.preventDefault();
    set(value === undefined && step !== undefined ? Math.max(0, step) : next);
  }

  const level = value ?? 0;
  const fillTop = BOTTOM - (level / MAX) * (BOTTOM - TOP);
  return (
    <div
      ref={track}
      class={`thermometer thermometer--${tone}`}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={MAX}
      aria-valuenow={value}
      aria-valuetext={value === undefined ? unsetText : valueText(value)}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        set(valueAt(event.clientY));
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) set(valueAt(event.clientY));
      }}
    >
      <svg viewBox="0 0 100 300" aria-hidden="true" focusable="false">
        <rect
          x="34"
          y={TOP - 8}
          width="32"
          height={BOTTOM - TOP + 30}
          rx="16"
          fill="#fff"
          stroke={INK}
          stroke-width="3"
          stroke-dasharray={tone === 'month' ? '8 5' : undefined}
        />
        {[0, 2, 4, 6, 8, 10].map((mark) => {
          const y = BOTTOM - (mark / MAX) * (BOTTOM - TOP);
          return <path key={mark} d={`M70 ${y}h12`} stroke={INK} stroke-width="2" />;
        })}
        {value !== undefined ? (
          <rect
            x="42"
            y={fillTop}
            width="16"
            height={BOTTOM - fillTop + 20}
            class="thermometer-fill"
          />
        ) : null}
        <circle
          cx="50"
          cy="262"
          r="30"
          class={value === undefined ? 'thermometer-bulb--empty' : 'thermometer-fill'}
          stroke={INK}
          stroke-width="3"
        />
        <text x="50" y="272" text-anchor="middle" class="thermometer-number">
          {value ?? '?'}
        </text>
      </svg>
    </div>
  );
}
