import type { Language, Region } from '../../db';
import { useT } from '../../i18n';

interface Props {
  language: Language;
  region: Region;
  onChange: (language: Language, region: Region) => void;
}

/** Nederlands or English, and the Netherlands' or Flemish words (groep/klas, oudergesprek/oudercontact). */
export function LanguageFields({ language, region, onChange }: Props) {
  const t = useT();
  return (
    <>
      <fieldset class="choice-row">
        <legend>{t('setupLanguage')}</legend>
        {(
          [
            ['nl', 'Nederlands'],
            ['en', 'English'],
          ] as const
        ).map(([value, label]) => (
          <label class="choice" key={value} lang={value}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={language === value}
              onChange={() => onChange(value, region)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-row">
        <legend>{t('setupWording')}</legend>
        {(
          [
            ['nl', t('wordingNl')],
            ['vl', t('wordingVl')],
          ] as const
        ).map(([value, label]) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="region"
              value={value}
              checked={region === value}
              onChange={() => onChange(language, value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </>
  );
}
