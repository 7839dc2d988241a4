import { useEffect, useRef, useState } from 'preact/hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Counts down from the last touch, key or input. Returns the seconds left once the warning
 * period has started (else null), and calls `onTimeout` at zero. A once-a-second tick against
 * the clock (not one long timer) keeps it right after a tablet has slept.
 */
export function useIdleCountdown(
  timeoutMs: number,
  warningMs: number,
  onTimeout: () => void,
): { secondsLeft: number | null; stillHere: () => void } {
  const lastActivity = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timeoutRef = useRef(onTimeout);
  timeoutRef.current = onTimeout;

  useEffect(() => {
    lastActivity.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    for (const type of ACTIVITY_EVENTS) {
      document.addEventListener(type, onActivity, { capture: true, passive: true });
    }
    const tick = window.setInterval(() => {
      const left = lastActivity.current + timeoutMs - Date.now();
      if (left <= 0) {
        window.clearInterval(tick);
        setSecondsLeft(null);
        timeoutRef.current();
      } else {
        setSecondsLeft(left <= warningMs ? Math.ceil(left / 1000) : null);
      }
    }, 1000);
    return () => {
      window.clearInterval(tick);
      for (const type of ACTIVITY_EVENTS) {
        document.removeEventListener(type, onActivity, { capture: true });
      }
    };
  }, [timeoutMs, warningMs]);

  return {
    secondsLeft,
    stillHere: () => {
      lastActivity.current = Date.now();
      setSecondsLeft(null);
    },
  };
}
