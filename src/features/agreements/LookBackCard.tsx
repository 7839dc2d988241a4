import { useLive, type Level, type RoundRow } from '../../db';
import { useT } from '../../i18n';
import { ChoicePictures } from '../../ui/ChoicePictures';
import { ReadAloud } from '../../ui/ReadAloud';
import { lookBackFor, setAgreementOutcome } from './agreements-repo';
import { OUTCOME_NAMES, OUTCOMES, WHO_FOR_PUPIL } from './outcome';
import { runAction } from '../../app/action';

/**
 * The new round opens with last round's agreements: "Wat hadden we afgesproken? Hoe ging het?"
 * The pupil answers each with a picture (seed, sprout, flower); the answer is saved at once.
 */
export function LookBackCard({ pupilId, round }: { pupilId: string; round: RoundRow }) {
  const t = useT();
  const lookBack = useLive(
    async () => (await lookBackFor(pupilId, round)) ?? null,
    [pupilId, round.id],
  );
  if (!lookBack) return null;

  async function answer(agreementId: string, outcome: Level) {
    if (!lookBack) return;
    await setAgreementOutcome(lookBack.round.id, pupilId, agreementId, outcome);
  }

  return (
    <section class="card look-back" aria-labelledby="look-back-heading">
      <div class="pupil-title">
        <h2 id="look-back-heading">{t('lookBackTitle')}</h2>
        <ReadAloud
          text={`${t('lookBackTitle')} ${t('lookBackHint')}`}
          label={`${t('readAloud')}: ${t('lookBackTitle')}`}
        />
      </div>
      <p class="pupil-intro">{t('lookBackHint')}</p>
      <ul class="look-back-items">
        {lookBack.row.items.map((item) => (
          <li key={item.id}>
            <p class="look-back-what">
              <strong>{t(WHO_FOR_PUPIL[item.who])}:</strong> {item.what}
              <ReadAloud
                text={`${t(WHO_FOR_PUPIL[item.who])}: ${item.what}`}
                label={`${t('readAloud')}: ${item.what}`}
              />
            </p>
            <ChoicePictures
              compact
              label={t('lookBackHow', { what: item.what })}
              value={item.outcome}
              onChange={(outcome) => runAction(() => answer(item.id, outcome))}
              options={OUTCOMES.map((outcome) => ({
                value: outcome,
                name: t(OUTCOME_NAMES[outcome]),
                picture: outcome,
              }))}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
