import { useEffect, useState } from 'preact/hooks';
import { useT, type MessageKey } from '../i18n';
import { onProblem, type Problem } from './action';

const MESSAGES: Record<Problem, MessageKey> = {
  storageFull: 'errorStorageFull',
  unexpected: 'errorUnexpected',
};

/**
 * The one place a failed action is told (see action.ts). The live region is always in the page,
 * so a screen reader announces the message as soon as it is put in.
 */
export function ProblemNotice() {
  const t = useT();
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => onProblem(setProblem), []);
  return (
    <div class="problem-notice" role="alert">
      {problem ? (
        <div class="problem-notice-box">
          <p>{t(MESSAGES[problem])}</p>
          <button type="button" class="button" onClick={() => setProblem(null)}>
            {t('close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
