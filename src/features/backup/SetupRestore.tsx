import { useT } from '../../i18n';
import { TeacherMessages } from '../../i18n/teacher-messages';
import { RestoreCard } from './RestoreCard';
import { showClass } from './backup-repo';

/**
 * A new tablet filled from a backup of everything, instead of being set up: the class, the
 * pupils, their work and the teacher's code come from the file.
 */
export function SetupRestore({
  onRestored,
  onBack,
}: {
  onRestored: () => void;
  onBack: () => void;
}) {
  return (
    <TeacherMessages>
      <Restore onRestored={onRestored} onBack={onBack} />
    </TeacherMessages>
  );
}

function Restore({ onRestored, onBack }: { onRestored: () => void; onBack: () => void }) {
  const t = useT();
  return (
    <>
      <RestoreCard
        onlyEverything
        onRestored={async ({ newClassIds }) => {
          if (newClassIds[0]) await showClass(newClassIds[0]);
          onRestored();
        }}
      />
      <button type="button" class="button" onClick={onBack}>
        {t('back')}
      </button>
    </>
  );
}
