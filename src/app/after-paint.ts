/**
 * Runs `work` once the first frame is painted and the page is idle: what the start screen does
 * not need waits until the grid is on screen.
 */
export function afterFirstPaint(work: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
      else work();
    }),
  );
}
