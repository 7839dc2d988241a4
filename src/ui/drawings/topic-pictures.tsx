// A small picture per built-in rating topic (the ids of the rounds' topic templates), so a child
// who cannot read yet tells Lezen (a book) from Rekenen (sums). The teacher's own topics have ids
// of their own: they get a neutral star, never another topic's picture.
import type { JSX } from 'preact';
import { ownEntry } from '../own-entry';
import { drawingFrame, INK, line } from './ink';

const thick = { ...line, 'stroke-width': 5 } as const;
const face = (fill: string, mouth: string) => (
  <>
    <circle cx="50" cy="50" r="38" fill={fill} {...thick} />
    <circle cx="37" cy="42" r="5" fill={INK} />
    <circle cx="63" cy="42" r="5" fill={INK} />
    <path d={mouth} fill="none" {...thick} />
  </>
);
const kid = (x: number, fill: string) => (
  <g transform={`translate(${x} 0)`}>
    <circle cx="0" cy="36" r="11" fill="#fde68a" {...thick} />
    <path d="M-18 82c0-20 8-32 18-32s18 12 18 32Z" fill={fill} {...thick} />
  </g>
);

const TOPICS: Record<string, () => JSX.Element> = {
  // An open book.
  lezen: () => (
    <path
      d="M50 28C40 20 24 20 12 24v52c12-4 28-4 38 4 10-8 26-8 38-4V24c-12-4-28-4-38 4Zm0 0v52"
      fill="#fff"
      {...thick}
    />
  ),
  // A pencil writing a line.
  schrijven: () => (
    <>
      <path d="M16 84h40" fill="none" {...thick} />
      <path d="M70 14 84 28 40 72l-18 4 4-18Z" fill="#facc15" {...thick} />
    </>
  ),
  // 1 + 2 on a slate.
  rekenen: () => (
    <>
      <rect x="10" y="18" width="80" height="64" rx="6" fill="#166534" {...thick} />
      <path
        d="M24 38l6-6v28M44 46h12M50 40v12M66 36c4-6 14-4 14 2 0 7-14 12-14 22h14"
        {...thick}
        stroke="#fff"
        fill="none"
      />
    </>
  ),
  // A speech bubble with letters.
  taal: () => (
    <>
      <path d="M14 20h72v46H44L26 82V66H14Z" fill="#bfdbfe" {...thick} />
      <path
        d="M30 54l8-22 8 22M33 46h10M56 32v22h8a6 6 0 0 0 0-11h-8 7a5 5 0 0 0 0-11h-7"
        fill="none"
        {...thick}
      />
    </>
  ),
  // A globe.
  wereldorientatie: () => (
    <>
      <circle cx="50" cy="50" r="38" fill="#93c5fd" {...thick} />
      <path
        d="M28 28c10 4 8 14 18 16s4 14 12 18M62 16c-2 10 10 10 8 20s12 8 16 12"
        fill="none"
        {...thick}
        stroke="#166534"
      />
    </>
  ),
  // A light bulb: an idea, wanting to learn.
  motivatie: () => (
    <>
      <path d="M50 12a26 26 0 0 0-14 48v10h28V60a26 26 0 0 0-14-48Z" fill="#fde047" {...thick} />
      <path d="M38 80h24M42 90h16" fill="none" {...thick} />
    </>
  ),
  // A big eye: paying attention.
  concentratie: () => (
    <>
      <path d="M8 50c20-28 64-28 84 0-20 28-64 28-84 0Z" fill="#fff" {...thick} />
      <circle cx="50" cy="50" r="14" fill="#1d4ed8" {...thick} />
    </>
  ),
  gedrag: () => face('#bbf7d0', 'M34 60c8 10 24 10 32 0'),
  // Two children side by side.
  samenwerken: () => (
    <>
      {kid(30, '#60a5fa')}
      {kid(70, '#f472b6')}
      <path d="M40 64h20" fill="none" {...thick} />
    </>
  ),
  // A child with a flag: doing it alone.
  zelfstandigheid: () => (
    <>
      {kid(40, '#a78bfa')}
      <path d="M70 86V18l18 8-18 8" fill="#fca5a5" {...thick} />
    </>
  ),
  // A heart.
  welbevinden: () => (
    <path d="M50 84 16 50a18 18 0 0 1 34-24 18 18 0 0 1 34 24Z" fill="#fca5a5" {...thick} />
  ),
  // A ball.
  spelen: () => (
    <>
      <circle cx="50" cy="50" r="36" fill="#fdba74" {...thick} />
      <path d="M16 44c20 8 48 8 68 0M40 16c-8 22-8 46 0 68" fill="none" {...thick} />
    </>
  ),
  // An ear.
  luisteren: () => (
    <path
      d="M34 40a18 18 0 0 1 36 0c0 14-14 16-14 30a10 10 0 0 1-20 0M46 40a6 6 0 0 1 12 0"
      fill="#fde68a"
      {...thick}
    />
  ),
  // A shoe with laces.
  'zelf-doen': () => (
    <>
      <path d="M12 72V46l20-6 14 14 34 8c6 2 8 6 8 10Z" fill="#60a5fa" {...thick} />
      <path d="M34 48l8-6M40 54l8-6" fill="none" {...thick} />
    </>
  ),
  // A brush with a dab of paint.
  tekenen: () => (
    <>
      <circle cx="34" cy="66" r="18" fill="#f472b6" {...thick} />
      <path d="M86 14 54 52l-6-6ZM48 46l6 6-8 10-8-8Z" fill="#facc15" {...thick} />
    </>
  ),
};

/** The teacher's own topics: a star. */
const OWN_TOPIC = () => (
  <path d="M50 12l11 24 26 3-20 18 6 26-23-14-23 14 6-26-20-18 26-3Z" fill="#fde047" {...thick} />
);

export function hasTopicPicture(topicId: string): boolean {
  return ownEntry(TOPICS, topicId) !== undefined;
}

export function TopicPicture({ topicId, size = 56 }: { topicId: string; size?: number }) {
  const known = ownEntry(TOPICS, topicId);
  return (
    <svg {...drawingFrame(size, `topic-picture topic-picture--${known ? topicId : 'own'}`)}>
      {(known ?? OWN_TOPIC)()}
    </svg>
  );
}
