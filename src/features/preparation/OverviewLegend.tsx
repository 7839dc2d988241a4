// Said once above the list, so each row can be pictures only: what the rings mean, which
// picture is which part, and what the two small links in each row open.
import type { ToolId } from '../../db';
import { useT } from '../../i18n';
import { AgreementsIcon, NotepadIcon } from '../../ui/drawings/icons';
import { ToolPicture } from '../../ui/drawings/tool-pictures';
import { TOOL_LABELS } from '../rounds';
import { PartMark } from './PartMark';
import { STATE_LABELS } from './overview-labels';
import type { PartState } from '../tool-contract';

const STATES: readonly PartState[] = ['done', 'started', 'none'];

export function OverviewLegend({ tools }: { tools: readonly ToolId[] }) {
  const t = useT();
  const sample = tools[0] ?? 'portfolio';
  return (
    <section class="overview-legend" aria-label={t('overviewLegend')}>
      <ul class="overview-legend-list">
        {STATES.map((state) => (
          <li key={state}>
            <PartMark tool={sample} state={state} size={28} />
            {t(STATE_LABELS[state])}
          </li>
        ))}
        <li>
          <NotepadIcon size={24} />
          {t('planOpen')}
        </li>
        <li>
          <AgreementsIcon size={24} />
          {t('agreementsOpen')}
        </li>
      </ul>
      <ul class="overview-legend-list">
        {tools.map((tool) => (
          <li key={tool}>
            <ToolPicture id={tool} size={24} />
            {t(TOOL_LABELS[tool])}
          </li>
        ))}
      </ul>
    </section>
  );
}
