import { MAX_TALK_MINUTES, MIN_TALK_MINUTES, type RoundRow } from '../../db';
import { useT } from '../../i18n';
import { MAX_TITLE_LENGTH, type RoundSettings } from './round-rules';
import { KIND_LABELS } from './labels';

interface Props {
  round: RoundRow;
  onChange: (patch: Partial<RoundSettings>) => void;
}

/** Title, conversation days, the look-back window and the planned minutes per talk. */
export function BasicsFields({ round, onChange }: Props) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="basics-heading">
      <h2 id="basics-heading">{t('roundBasics')}</h2>
      <p>
        {t('roundKind')}: <strong>{t(KIND_LABELS[round.kind])}</strong>
      </p>
      <div class="field">
        <label for="round-title">{t('roundTitle')}</label>
        <input
          id="round-title"
          value={round.title}
          maxLength={MAX_TITLE_LENGTH + 20}
          onInput={(e) => onChange({ title: e.currentTarget.value })}
        />
      </div>
      <div class="field-row">
        <div class="field">
          <label for="round-first">{t('roundFirstDay')}</label>
          <input
            id="round-first"
            type="date"
            value={round.firstDay}
            onInput={(e) => onChange({ firstDay: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="round-last">{t('roundLastDay')}</label>
          <input
            id="round-last"
            type="date"
            value={round.lastDay}
            onInput={(e) => onChange({ lastDay: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="round-look-back">{t('roundLookBack')}</label>
          <input
            id="round-look-back"
            type="date"
            value={round.lookBackFrom}
            onInput={(e) => onChange({ lookBackFrom: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="round-minutes">{t('roundMinutes')}</label>
          <input
            id="round-minutes"
            type="number"
            min={MIN_TALK_MINUTES}
            max={MAX_TALK_MINUTES}
            step={5}
            value={round.minutesPerTalk}
            onInput={(e) => onChange({ minutesPerTalk: Number(e.currentTarget.value) })}
          />
        </div>
      </div>
    </section>
  );
}
