import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface DialogProps {
  /** The dialog's heading, also its accessible name. */
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  class?: string;
  /** 'alertdialog' for confirmations and warnings that need an answer. */
  role?: 'dialog' | 'alertdialog';
}

let nextId = 0;

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind inert and
 * closes it on Escape, for a screen reader, a keyboard and a finger alike.
 */
export function Dialog({ title, onClose, children, class: className, role }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useRef(`dialog-title-${++nextId}`).current;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class={className}
      role={role}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>
  );
}
