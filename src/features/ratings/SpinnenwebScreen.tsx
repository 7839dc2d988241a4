import { useLive } from '../../db';
import { currentRatings } from './scales';
import { ratingsOf } from './ratings-repo';
import { useT } from '../../i18n';
import { usePupilSession } from '../../app/pupil-session';
import { PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { RatingsWeb } from './RatingsWeb';
import { radarData } from './web-data';
import { screenPrompt } from '../voice';

/**
 * My spinnenweb: now against "over een maand", and last round's "now" when there was one.
 * chart.js loads with this screen only.
 */
export function SpinnenwebScreen() {
  const t = useT();
  const { pupil, round, previousRound } = usePupilSession();
  const data = useLive(async () => {
    if (!round) return null;
    const [ratings, previous] = await Promise.all([
      ratingsOf(pupil.id, round.id),
      previousRound ? ratingsOf(pupil.id, previousRound.id) : Promise.resolve([]),
    ]);
    return radarData(
      round.topics,
      currentRatings(ratings, round),
      previousRound && previous.length > 0
        ? { topics: previousRound.topics, ratings: previous }
        : undefined,
    );
  }, [pupil.id, round, previousRound]);

  if (!round?.tools.includes('spinnenweb')) return <Redirect to={paths.pupil} />;
  const hasValues = data?.series.some((series) => series.values.some((value) => value !== null));
  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolSpinnenweb')}
        intro={t('spinnenwebIntro')}
        prompt={screenPrompt('spinnenweb')}
      />
      {!data ? (
        <p class="message">{t('spinnenwebLoading')}</p>
      ) : hasValues ? (
        <div class="card pupil-card">
          <RatingsWeb data={data} />
        </div>
      ) : (
        <p class="message">{t('spinnenwebEmpty')}</p>
      )}
      <div class="actions">
        <a class="button button--big" href={paths.pupilTool('ratings')}>
          {t('spinnenwebToRatings')}
        </a>
        <a class="button button--primary button--big" href={paths.pupil}>
          {t('done')}
        </a>
      </div>
    </main>
  );
}
