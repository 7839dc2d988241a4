/**
 * Arrow keys for a group of radio buttons drawn as pictures: move to the previous or next one
 * and choose it, as a native radio group does. Returns the new index, or null for other keys.
 */
export function radioKeyTarget(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** Keyboard handler for one radio of a group; focuses and chooses the target. */
export function onRadioKey(
  event: KeyboardEvent,
  index: number,
  buttons: readonly (HTMLElement | null)[],
  choose: (index: number) => void,
): void {
  const target = radioKeyTarget(event.key, index, buttons.length);
  if (target === null) return;
  event.preventDefault();
  buttons[target]?.focus();
  choose(target);
}
