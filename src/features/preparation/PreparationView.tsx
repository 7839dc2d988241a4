import { useRoute } from 'preact-iso';
import { useLive } from '../../db';
import { useT } from '../../i18n';
import { TeacherHeader } from '../../app/TeacherHeader';
import { paths } from '../../app/paths';
import { pupilInRound } from '../rounds';
import { loadPreparation } from './preparation-repo';
import { sheetContent } from './sheet';
import { SheetView } from './SheetView';

/**
 * A pupil's preparation as the teacher reads it before the talk: the teacher's copy (what is on
 * the praatpapier and what is only for the teacher). Read only; what the pupil keeps for
 * themselves is only counted.
 */
export function PreparationView() {
  const t = useT();
  const { params } = useRoute();
  const data = useLive(async () => {
    const found = await pupilInRound(params.pupilId ?? '', params.roundId ?? '');
    if (!found) return null;
    const { pupil, round } = found;
    const preparation = await loadPreparation(pupil.id, round);
    return { pupil, round, content: sheetContent(preparation, 'teacher') };
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
          <div class="actions">
            <a
              class="button button--primary"
              href={paths.teacherConversation(data.round.id, data.pupil.id)}
            >
              {t('talkStart')}
            </a>
            <a class="button" href={paths.teacherPrint(data.round.id, 'parents', data.pupil.id)}>
              {t('printPupil')}: {t('printCopyParents')}
            </a>
            <a class="button" href={paths.teacherPrint(data.round.id, 'teacher', data.pupil.id)}>
              {t('printPupil')}: {t('printCopyTeacher')}
            </a>
            <a class="button" href={paths.teacherPrint(data.round.id, 'blank', data.pupil.id)}>
              {t('printPupil')}: {t('printCopyBlank')}
            </a>
            <a class="button" href={paths.teacherAgreements(data.round.id, data.pupil.id)}>
              {t('agreementsOpen')}
            </a>
          </div>
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
