import { INK } from './drawings/ink';
import { ChoicePicture } from './drawings/choice-pictures';
import { SmileyFace, THREE_STEPS } from './SmileyScale';

type Scale = 'three-steps' | 'five-smileys' | 'thermometer';

/**
 * One rating as a small still drawing, for the printed sheet: the face, the seed-sprout-flower
 * or a thermometer filled to the value, as the pupil saw it when rating. Decorative: the value is
 * always printed as text next to it.
 */
export function RatingMark({
  scale,
  value,
  tone,
  size = 40,
}: {
  scale: Scale;
  value?: number;
  tone: 'now' | 'month';
  size?: number;
}) {
  if (value === undefined)
    return (
      <svg viewBox="0 0 40 40" width={size} height={size} aria-hidden="true" focusable="false">
        <circle
          cx="20"
          cy="20"
          r="17"
          fill="none"
          stroke={INK}
          stroke-width="2"
          stroke-dasharray="4 3"
        />
        <text x="20" y="26" text-anchor="middle" font-size="16" fill={INK}>
          ?
        </text>
      </svg>
    );
  if (scale === 'five-smileys') return <SmileyFace mood={value} size={size} />;
  if (scale === 'three-steps')
    return (
      <span class="rating-mark" aria-hidden="true">
        <ChoicePicture id={THREE_STEPS[value]!} size={size} />
      </span>
    );
  // A thermometer on its side: 0 at the bulb, 10 at the end.
  const fill = 8 + (value / 10) * 46;
  return (
    <svg
      viewBox="0 0 64 24"
      width={size * 1.6}
      height={size * 0.6}
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="8"
        y="6"
        width="52"
        height="12"
        rx="6"
        fill="#fff"
        stroke={INK}
        stroke-width="2"
        stroke-dasharray={tone === 'month' ? '4 3' : undefined}
      />
      <rect x="8" y="9" width={fill} height="6" fill={tone === 'month' ? '#E69F00' : '#0072B2'} />
      <circle
        cx="9"
        cy="12"
        r="8"
        fill={tone === 'month' ? '#E69F00' : '#0072B2'}
        stroke={INK}
        stroke-width="2"
      />
    </svg>
  );
}
