import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After a failed attempt to save, moves focus to what explains it once it is on screen: the error
 * summary if there is one, else the alert area (when it shows something). Call `failed()` after
 * each failed attempt (invalid form or refused save).
 */
export function useFocusOnFailure() {
  const [attempts, setAttempts] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusDone = useRef(0);

  useEffect(() => {
    if (attempts === focusDone.current) return;
    const alert = alertRef.current?.childElementCount ? alertRef.current : null;
    const target = summaryRef.current ?? alert;
    if (!target) return;
    focusDone.current = attempts;
    target.focus();
    target.scrollIntoView({ block: 'start' });
  });

  const failed = useCallback(() => setAttempts((n) => n + 1), []);
  return { alertRef, summaryRef, failed };
}
