import type { RoundRow } from '../../db';
import { useT } from '../../i18n';
import type { AgeBand, AnswerMode, RatingScale, ToolId } from './model';
import { AGE_BANDS } from './model';
import { AGE_BAND_DEFAULTS, ALL_TOOLS } from './defaults';
import { AGE_LABELS, ANSWER_LABELS, SCALE_LABELS, TOOL_LABELS } from './labels';
import type { RoundSettings } from './round-rules';

const SCALES: RatingScale[] = ['three-steps', 'five-smileys', 'thermometer'];
const ANSWER_MODES: AnswerMode[] = ['spoken', 'typed', 'both'];

interface Props {
  round: RoundRow;
  onChange: (patch: Partial<RoundSettings>) => void;
}

/** The age band and what it sets: tools, rating scale, spoken or typed answers. */
export function ToolsFields({ round, onChange }: Props) {
  const t = useT();
  const toggle = (tool: ToolId, on: boolean) =>
    onChange({ tools: ALL_TOOLS.filter((id) => (id === tool ? on : round.tools.includes(id))) });
  const chooseAge = (ageBand: AgeBand) => {
    const defaults = AGE_BAND_DEFAULTS[ageBand];
    onChange({
      ageBand,
      tools: [...defaults.tools],
      scale: defaults.scale,
      answerMode: defaults.answerMode,
    });
  };

  return (
    <section class="card" aria-labelledby="tools-heading">
      <h2 id="tools-heading">{t('roundTools')}</h2>
      <fieldset class="choice-row">
        <legend>{t('ageBand')}</legend>
        {AGE_BANDS.map((age) => (
          <label class="choice" key={age}>
            <input
              type="radio"
              name="age-band"
              checked={round.ageBand === age}
              onChange={() => chooseAge(age)}
            />
            {t(AGE_LABELS[age])}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-row">
        <legend>{t('roundTools')}</legend>
        {ALL_TOOLS.map((tool) => (
          <label class="choice" key={tool}>
            <input
              type="checkbox"
              checked={round.tools.includes(tool)}
              onChange={(e) => toggle(tool, e.currentTarget.checked)}
            />
            {t(TOOL_LABELS[tool])}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-row">
        <legend>{t('roundScale')}</legend>
        {SCALES.map((scale) => (
          <label class="choice" key={scale}>
            <input
              type="radio"
              name="scale"
              checked={round.scale === scale}
              onChange={() => onChange({ scale })}
            />
            {t(SCALE_LABELS[scale])}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-row">
        <legend>{t('roundAnswerMode')}</legend>
        {ANSWER_MODES.map((mode) => (
          <label class="choice" key={mode}>
            <input
              type="radio"
              name="answer-mode"
              checked={round.answerMode === mode}
              onChange={() => onChange({ answerMode: mode })}
            />
            {t(ANSWER_LABELS[mode])}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
