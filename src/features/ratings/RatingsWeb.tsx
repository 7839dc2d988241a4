import { RadarChart, type RadarData } from '../radar';
import { useT } from '../../i18n';

/** The pupil's spinnenweb with its words: on their own screen and in conversation mode. */
export function RatingsWeb({ data }: { data: RadarData }) {
  const t = useT();
  return (
    <RadarChart
      data={data}
      title={t('spinnenwebTitle')}
      notRated={t('spinnenwebNotRated')}
      names={{
        now: t('spinnenwebNow'),
        month: t('spinnenwebMonth'),
        previous: t('spinnenwebPrevious'),
      }}
    />
  );
}
