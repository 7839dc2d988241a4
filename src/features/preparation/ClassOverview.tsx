import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLive, type PupilPlanRow, type PupilRow, type RoundRow } from '../../db';
import { compareNames, listPupils } from '../class';
import { useT } from '../../i18n';
import { useDates } from '../../i18n/dates';
import { useAppState } from '../../app/state';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { bySlot, currentRound, pupilPlans, TOOL_LABELS } from '../rounds';
import { classProgress, readiness, type ClassProgress } from './progress';
import { ToolPicture } from '../../ui/drawings/tool-pictures';
import { OverviewLegend } from './OverviewLegend';
import { OverviewRow } from './OverviewRow';
import './overview.css';

type SortKey = 'name' | 'slot' | 'ready';

interface OverviewData {
  round: RoundRow;
  pupils: PupilRow[];
  plans: Map<string, PupilPlanRow>;
  progress: ClassProgress;
}

/** Loads the current round's overview: a fixed number of reads, whatever the class has made. */
async function loadOverview(classId: string): Promise<OverviewData | null> {
  const round = await currentRound(classId);
  if (!round) return null;
  const pupils = await listPupils(classId);
  const [plans, progress] = await Promise.all([
    pupilPlans(round.id),
    classProgress(
      round,
      pupils.map((pupil) => pupil.id),
    ),
  ]);
  return { round, pupils, plans, progress };
}

/** Who is ready: every pupil, each enabled part's state, their slot; sortable. */
export function ClassOverview() {
  const t = useT();
  const dates = useDates();
  const { classRow } = useAppState();
  const classId = classRow?.id;
  const data = useLive(() => (classId ? loadOverview(classId) : undefined), [classId]);
  const [sort, setSort] = useState<SortKey>('slot');

  const rows = useMemo(() => {
    if (!data) return [];
    const byName = (a: PupilRow, b: PupilRow) => compareNames(a.firstName, b.firstName);
    const order = {
      slot: bySlot(
        (pupil: PupilRow) => data.plans.get(pupil.id)?.slot,
        (pupil) => pupil.firstName,
      ),
      ready: (a: PupilRow, b: PupilRow) =>
        readiness(data.progress, b.id) - readiness(data.progress, a.id) || byName(a, b),
      name: byName,
    }[sort];
    return [...data.pupils].sort(order);
  }, [data, sort]);

  useEffect(() => {
    // The overview benchmark measures up to here: every pupil's row is on screen.
    if (data) performance.mark('pp:overview-ready');
  }, [data]);

  if (data === undefined) return null;
  return (
    <main class="screen teacher-screen overview-screen">
      <TeacherHeader
        title={data ? `${t('overviewTitle')} · ${data.round.title}` : t('overviewTitle')}
        back={paths.teacher}
      />
      {data === null ? (
        <p class="message">{t('overviewNoRound')}</p>
      ) : (
        <div class="card overview-card">
          <div class="overview-toolbar">
            <div class="overview-sort" role="group" aria-label={t('overviewTitle')}>
              {(
                [
                  ['slot', 'overviewSortSlot'],
                  ['ready', 'overviewSortReady'],
                  ['name', 'overviewSortName'],
                ] as const
              ).map(([key, label]) => (
                <button
                  type="button"
                  key={key}
                  class="button"
                  aria-pressed={sort === key}
                  onClick={() => setSort(key)}
                >
                  {t(label)}
                </button>
              ))}
            </div>
            <a class="button" href={paths.teacherPrint(data.round.id, 'parents')}>
              {t('printClass')}
            </a>
            {data.round.tools.includes('parentQuestions') ? (
              <a class="button" href={paths.teacherLetter(data.round.id)}>
                {t('letterPrint')}
              </a>
            ) : null}
          </div>
          <OverviewLegend tools={data.round.tools} />
          {/* Only a phone should need this: on a tablet, either way up, the table fits. */}
          <div class="table-scroll">
            <table class="overview-table">
              <thead>
                <tr>
                  <th scope="col">{t('overviewPupil')}</th>
                  <th scope="col">{t('overviewSlot')}</th>
                  {data.round.tools.map((tool) => (
                    <th scope="col" key={tool} class="overview-part">
                      <ToolPicture id={tool} size={24} />
                      <span class="visually-hidden">{t(TOOL_LABELS[tool])}</span>
                    </th>
                  ))}
                  <th scope="col">
                    <span class="visually-hidden">{t('overviewActions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((pupil) => {
                  const slot = data.plans.get(pupil.id)?.slot;
                  return (
                    <OverviewRow
                      key={pupil.id}
                      pupil={pupil}
                      roundId={data.round.id}
                      tools={data.round.tools}
                      progress={data.progress}
                      slot={slot ? dates.shortSlot(slot) : undefined}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </main>
  );
}
