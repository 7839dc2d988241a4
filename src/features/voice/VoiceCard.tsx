import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n';
import { paths } from '../../app/paths';
import { useRoundVoices, VoiceSummary } from './VoiceScreen';

/**
 * On the round's settings: how much of the round can be heard, a warning when children who
 * cannot read yet would meet texts nobody reads aloud, and the way to record them.
 */
export function VoiceCard() {
  const { t } = useI18n();
  const { params } = useRoute();
  const roundId = params['roundId'] ?? '';
  const { loaded, check } = useRoundVoices(roundId);
  if (!loaded || !check) return null;
  return (
    <section class="card" aria-labelledby="voice-card">
      <h2 id="voice-card">{t('voiceCardTitle')}</h2>
      <VoiceSummary counts={check.counts} deviceVoice={loaded.deviceVoice} round={loaded.round} />
      <a class="button" href={paths.teacherVoice(roundId)}>
        {t('voiceOpen')}
      </a>
    </section>
  );
}
