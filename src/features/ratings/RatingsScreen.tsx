import { useLive, type RatingRow, type RatingScale, type RoundTopic } from '../../db';
import { useT, type MessageKey } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilDone, PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { ReadAloud } from '../../ui/ReadAloud';
import { Thermometer } from '../../ui/Thermometer';
import { SmileyScale } from '../../ui/SmileyScale';
import { ShareChoice } from '../../ui/ShareChoice';
import { ratingsOf, saveRating, shareRatings } from './ratings-repo';
import { currentRatings } from './scales';
import { runAction } from '../../app/action';
import { useChosen } from '../../app/chosen';
import { TopicPicture } from '../../ui/drawings/topic-pictures';
import { screenPrompt, topicPrompt } from '../voice';

type When = 'now' | 'month';

const SMILEY_NAMES: MessageKey[] = ['smiley0', 'smiley1', 'smiley2', 'smiley3', 'smiley4'];
const STEP_NAMES: MessageKey[] = ['step0', 'step1', 'step2'];

/**
 * How am I doing: for each topic of the round, where I am now and where I want to be in a month
 * (seeds/004), on the round's scale. A tap or a drag is saved at once.
 */
export function RatingsScreen() {
  const t = useT();
  const { pupil, round } = usePupilSession();
  const stored = useLive(
    async () =>
      round
        ? new Map(
            currentRatings(await ratingsOf(pupil.id, round.id), round).map((row) => [
              row.topicId,
              row,
            ]),
          )
        : null,
    [pupil.id, round],
  );
  // A drag or quick arrow keys write many times: each step shows at once and counts on from it.
  const [ratings, setRatings] = useChosen(stored ?? undefined);

  if (!round || !(round.tools.includes('ratings') || round.tools.includes('spinnenweb')))
    return <Redirect to={paths.pupil} />;

  async function rate(topic: RoundTopic, when: When, value: number) {
    const next = new Map(ratings);
    next.set(topic.id, { ...(next.get(topic.id) ?? emptyRating(topic.id)), [when]: value });
    await setRatings(next, () =>
      saveRating(pupil.id, round!.id, topic.id, round!.scale, { [when]: value }),
    );
  }

  function emptyRating(topicId: string): RatingRow {
    return {
      pupilId: pupil.id,
      roundId: round!.id,
      topicId,
      scale: round!.scale,
      share: 'parents',
      updatedAt: 0,
    };
  }

  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolRatings')}
        intro={t('ratingsIntro')}
        prompt={screenPrompt('ratings')}
      />
      {ratings
        ? round.topics.map((topic) => (
            <section
              key={topic.id}
              class="card pupil-card rating-topic"
              aria-labelledby={`topic-${topic.id}`}
            >
              <div class="pupil-title">
                <TopicPicture topicId={topic.id} />
                <h2 id={`topic-${topic.id}`}>{topic.label}</h2>
                <ReadAloud
                  text={topic.label}
                  label={`${t('readAloud')}: ${topic.label}`}
                  prompt={topicPrompt(topic.id)}
                />
              </div>
              <div class={`rating-pair rating-pair--${round.scale}`}>
                {(['now', 'month'] as const).map((when) => (
                  <RatingControl
                    key={when}
                    scale={round.scale}
                    when={when}
                    label={t('ratingOf', {
                      topic: topic.label,
                      when: t(when === 'now' ? 'ratingNow' : 'ratingMonth'),
                    })}
                    value={ratings.get(topic.id)?.[when]}
                    onChange={(value) => runAction(() => rate(topic, when, value))}
                  />
                ))}
              </div>
            </section>
          ))
        : null}
      {ratings && ratings.size > 0 ? (
        <section class="card pupil-card" aria-labelledby="ratings-share">
          <h2 id="ratings-share">{t('shareAllRatings')}</h2>
          <ShareChoice
            value={[...ratings.values()][0]!.share}
            onChange={(share) =>
              runAction(() =>
                setRatings(
                  new Map([...ratings].map(([id, row]) => [id, { ...row, share }] as const)),
                  () => shareRatings(pupil.id, round.id, share),
                ),
              )
            }
          />
        </section>
      ) : null}
      <PupilDone />
    </main>
  );
}

function RatingControl(props: {
  scale: RatingScale;
  when: When;
  label: string;
  value?: number;
  onChange: (value: number) => void;
}) {
  const t = useT();
  const heading = t(props.when === 'now' ? 'ratingNow' : 'ratingMonth');
  return (
    <div class={`rating-control rating-control--${props.when}`}>
      <p class="rating-when" aria-hidden="true">
        {heading}
      </p>
      {props.scale === 'thermometer' ? (
        <Thermometer
          label={props.label}
          value={props.value}
          onChange={props.onChange}
          tone={props.when}
          valueText={(value) => t('ratingValue', { value })}
          unsetText={t('ratingUnset')}
        />
      ) : (
        <SmileyScale
          label={props.label}
          steps={props.scale === 'three-steps' ? 3 : 5}
          value={props.value}
          onChange={props.onChange}
          names={(props.scale === 'three-steps' ? STEP_NAMES : SMILEY_NAMES).map((key) => t(key))}
        />
      )}
    </div>
  );
}
