import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** Replaces the current history entry, so Back never returns to a screen one may not see. */
export function Redirect({ to }: { to: string }) {
  const { route } = useLocation();
  useEffect(() => route(to, true), [to]);
  return null;
}
