// One pupil in the class overview, one line high: who, when, how far per part, and what the
// teacher does next. The talk is the big button; the pupil's name opens what they made; the
// teacher's own preparation and the agreements are small drawn links, explained in the legend.
import type { PupilRow, ToolId } from '../../db';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { Avatar } from '../../ui/Avatar';
import { AgreementsIcon, NotepadIcon } from '../../ui/drawings/icons';
import { TOOL_LABELS } from '../rounds';
import { PartMark } from './PartMark';
import { STATE_LABELS } from './overview-labels';
import type { ClassProgress } from './progress';

interface OverviewRowProps {
  pupil: PupilRow;
  roundId: string;
  tools: readonly ToolId[];
  progress: ClassProgress;
  /** The slot as the class reads it ("ma 14/12 13:30"), or undefined when none is planned. */
  slot: string | undefined;
}

export function OverviewRow({ pupil, roundId, tools, progress, slot }: OverviewRowProps) {
  const t = useT();
  const name = pupil.firstName;
  return (
    <tr>
      <th scope="row">
        {/* The name is what the teacher looks for, so it is also the way into the pupil's work. */}
        <a
          class="overview-pupil"
          href={paths.teacherPreparation(roundId, pupil.id)}
          aria-label={`${t('preparationOpen')}: ${name}`}
        >
          <Avatar drawing={pupil.avatar.drawing} colour={pupil.avatar.colour} size={32} />
          <span class="overview-name">{name}</span>
        </a>
      </th>
      <td class="overview-slot">{slot ?? '–'}</td>
      {tools.map((tool) => {
        const state = progress.get(tool)?.get(pupil.id) ?? 'none';
        return (
          <td key={tool} class="overview-part">
            <PartMark tool={tool} state={state} />
            <span class="visually-hidden">
              {t(TOOL_LABELS[tool])}: {t(STATE_LABELS[state])}
            </span>
          </td>
        );
      })}
      <td>
        {/* A flex box inside the cell: a cell that is itself a flex box is no longer a cell. */}
        <div class="overview-actions">
          <a
            class="button button--primary overview-talk"
            href={paths.teacherConversation(roundId, pupil.id)}
          >
            {t('talkStart')}
            <span class="visually-hidden">: {name}</span>
          </a>
          <a
            class="overview-icon-link"
            href={paths.teacherPlan(roundId, pupil.id)}
            aria-label={`${t('planOpen')}: ${name}`}
          >
            <NotepadIcon size={30} />
          </a>
          <a
            class="overview-icon-link"
            href={paths.teacherAgreements(roundId, pupil.id)}
            aria-label={`${t('agreementsOpen')}: ${name}`}
          >
            <AgreementsIcon size={30} />
          </a>
        </div>
      </td>
    </tr>
  );
}
