import { useT } from '../../i18n';
import { CodeInput } from '../../ui/CodeInput';

export interface CodePair {
  first: string;
  again: string;
}

/** The teacher's code, twice, with the tablet's number keyboard; digits only. */
export function CodeFields({
  value,
  onChange,
}: {
  value: CodePair;
  onChange: (next: CodePair) => void;
}) {
  const t = useT();
  return (
    <>
      <CodeInput
        id="code-first"
        label={t('setupCode')}
        autocomplete="new-password"
        value={value.first}
        onChange={(first) => onChange({ ...value, first })}
      />
      <CodeInput
        id="code-again"
        label={t('setupCodeAgain')}
        autocomplete="new-password"
        value={value.again}
        onChange={(again) => onChange({ ...value, again })}
      />
    </>
  );
}
