import { useT } from '../../i18n';
import { PaperPart } from '../../ui/PaperPart';

/** On the blank invulblad: a box to draw or stick the work the pupil is proudest of. */
export function BlankPortfolio() {
  const t = useT();
  return (
    <PaperPart title={t('sheetProud')}>
      <div class="print-draw-box" />
    </PaperPart>
  );
}
