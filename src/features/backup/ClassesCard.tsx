import { useState } from 'preact/hooks';
import { useLive, type ClassRow } from '../../db';
import { deleteClass, listClasses } from '../class';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { showClass } from './backup-repo';
import { runAction } from '../../app/action';

/**
 * The classes on this tablet, when a backup brought more than one: show another, or delete the
 * one shown (never the last: the end of the school year empties the tablet).
 */
export function ClassesCard({
  current,
  onChanged,
}: {
  current: ClassRow;
  onChanged: () => Promise<void>;
}) {
  const t = useT();
  const classes = useLive(() => listClasses(), []) ?? [];
  const [confirm, setConfirm] = useState(false);

  async function show(classId: string) {
    await showClass(classId);
    await onChanged();
  }

  async function erase() {
    const other = classes.find((row) => row.id !== current.id);
    if (!other) return;
    await deleteClass(current.id);
    setConfirm(false);
    await show(other.id);
  }

  return (
    <section class="card" aria-labelledby="classes-heading">
      <h2 id="classes-heading">{t('classesTitle')}</h2>
      {classes.length > 1 ? <p class="hint">{t('classesHint')}</p> : null}
      <ul class="class-list">
        {classes.map((row) => (
          <li key={row.id}>
            {row.id === current.id ? (
              <strong>{t('classShown', { name: row.name })}</strong>
            ) : (
              <button type="button" class="button" onClick={() => runAction(() => show(row.id))}>
                {t('classShow', { name: row.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {classes.length > 1 ? (
        <button type="button" class="button button--danger" onClick={() => setConfirm(true)}>
          {t('classErase')}: {current.name}
        </button>
      ) : (
        <p class="hint">{t('classEraseOnly')}</p>
      )}
      {confirm ? (
        <ConfirmDialog
          title={`${t('classErase')}: ${current.name}`}
          text={t('classEraseConfirm', { name: current.name })}
          confirmLabel={t('classErase')}
          onConfirm={() => runAction(() => erase())}
          onCancel={() => setConfirm(false)}
        />
      ) : null}
    </section>
  );
}
