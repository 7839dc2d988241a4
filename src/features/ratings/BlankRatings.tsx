import type { RoundRow } from '../../db';
import { useT } from '../../i18n';
import { SmileyFace } from '../../ui/SmileyScale';
import { TopicPicture } from '../../ui/drawings/topic-pictures';
import { PaperPart } from '../../ui/PaperPart';

/** Three faces for kleuters (sad, so-so, happy), five for the others, as on the tablet. */
const MOODS = { 'three-steps': [0, 2, 4], other: [0, 1, 2, 3, 4] } as const;

/** On the blank invulblad: each topic with faces to colour, now and in a month. */
export function BlankRatings({ round }: { round: RoundRow }) {
  const t = useT();
  if (round.topics.length === 0) return null;
  const moods = round.scale === 'three-steps' ? MOODS['three-steps'] : MOODS.other;
  return (
    <PaperPart title={t('blankRatings')}>
      <table class="print-table print-colour-faces">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('blankNow')}</th>
            <th scope="col">{t('blankMonth')}</th>
          </tr>
        </thead>
        <tbody>
          {round.topics.map((topic) => (
            <tr key={topic.id}>
              <th scope="row">
                <TopicPicture topicId={topic.id} size={32} /> {topic.label}
              </th>
              {['now', 'month'].map((when) => (
                <td key={when}>
                  {moods.map((mood) => (
                    <SmileyFace key={mood} mood={mood} size={30} uncoloured />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </PaperPart>
  );
}
