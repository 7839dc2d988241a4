import { useT } from '../../i18n';
import { PaperLines, PaperPart } from '../../ui/PaperPart';

/** On the blank invulblad: lines for a goal and for the help it needs. */
export function BlankGoals() {
  const t = useT();
  return (
    <PaperPart title={t('sheetGoals')}>
      <h4>{t('blankGoal')}</h4>
      <PaperLines count={2} />
      <h4>{t('blankHelp')}</h4>
      <PaperLines count={2} />
    </PaperPart>
  );
}
