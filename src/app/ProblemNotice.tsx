import { useEffect, useRef, useState } from 'preact/hooks';
import { useT, type MessageKey } from '../i18n';
import { onProblem, type Problem } from './action';

const MESSAGES: Record<Problem, MessageKey> = {
  storageFull: 'errorStorageFull',
  unexpected: 'errorUnexpected',
};

/**
 * The one place a failed action is told (see action.ts), above the screen. The live region is
 * always in the page, so a screen reader announces the message as soon as it is put in.
 */
export function ProblemNotice() {
  const t = useT();
  const [problem, setProblem] = useState<Problem | null>(null);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => onProblem(setProblem), []);
  // It sits above the screen rather than over it (it would hide a button): bring it into view.
  useEffect(() => {
    if (problem) region.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);
  return (
    <div class="problem-notice" role="alert" ref={region}>
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
