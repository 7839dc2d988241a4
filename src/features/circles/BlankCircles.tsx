import { CIRCLE_IDS } from '../../db';
import { useT } from '../../i18n';
import { PaperPart } from '../../ui/PaperPart';
import { CIRCLE_NAMES } from './names';

/** On the blank invulblad: the three circles, empty, to write or draw in. */
export function BlankCircles() {
  const t = useT();
  return (
    <PaperPart title={t('sheetCircles')}>
      <p class="print-hint">{t('blankCircles')}</p>
      <div class="print-empty-circles">
        {CIRCLE_IDS.map((circle) => (
          <div key={circle} class={`print-empty-circle circle--${circle}`}>
            {t(CIRCLE_NAMES[circle])}
          </div>
        ))}
      </div>
    </PaperPart>
  );
}
