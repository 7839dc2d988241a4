import { useT } from '../i18n';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  /** What exactly goes, in words: a deletion is never confirmed blind. */
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" before deleting something: cancel first, the red button second. */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog title={title} role="alertdialog" onClose={onCancel}>
      <p>{text}</p>
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" class="button button--danger button--primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
