import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { PupilRow } from '../../db';
import { getPupil } from '../class';
import { getRound } from '../rounds';
import { useT } from '../../i18n';
import { TeacherHeader } from '../../app/TeacherHeader';
import { paths } from '../../app/paths';
import { loadPreparation } from './preparation-repo';
import { sheetContent, type SheetContent } from './sheet';
import { SheetView } from './SheetView';

/**
 * A pupil's preparation as the teacher reads it before the talk: the teacher's copy (what is on
 * the praatpapier and what is only for the teacher). Read only; what the pupil keeps for
 * themselves is only counted.
 */
export function PreparationView() {
  const t = useT();
  const { params } = useRoute();
  const [data, setData] = useState<{ pupil: PupilRow; content: SheetContent } | null>();

  useEffect(() => {
    void (async () => {
      const [pupil, round] = await Promise.all([
        getPupil(params.pupilId ?? ''),
        getRound(params.roundId ?? ''),
      ]);
      if (!pupil || !round || pupil.classId !== round.classId) return setData(null);
      const preparation = await loadPreparation(pupil.id, round);
      setData({ pupil, content: sheetContent(preparation, 'teacher') });
    })();
  }, [params.pupilId, params.roundId]);

  if (data === undefined) return null;
  return (
    <main class="screen teacher-screen">
      <TeacherHeader
        title={data ? t('preparationTitle', { name: data.pupil.firstName }) : t('notFound')}
        back={paths.teacherOverview}
      />
      {data ? (
        <div class="card">
          <p class="hint">{t('preparationHint')}</p>
          <SheetView content={data.content} />
          {data.content.notShown > 0 ? (
            <p class="hint">{t('sheetNotShownTeacher', { count: data.content.notShown })}</p>
          ) : null}
        </div>
      ) : null}
    </main>
  );
}
