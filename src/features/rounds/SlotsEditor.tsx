import { useEffect, useState } from 'preact/hooks';
import type { PupilPlanRow, PupilRow, RoundRow } from '../../db';
import { listPupils } from '../class';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { pupilPlans, RoundInputError, setSlot } from './rounds-repo';
import { runAction } from '../../app/action';

/** A time slot per pupil, on one of the round's days, and the way to the teacher's own preparation. */
export function SlotsEditor({ round }: { round: RoundRow }) {
  const t = useT();
  const [pupils, setPupils] = useState<PupilRow[]>([]);
  const [plans, setPlans] = useState<Map<string, PupilPlanRow>>(new Map());
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    runAction(() => listPupils(round.classId).then(setPupils));
    runAction(() => pupilPlans(round.id).then(setPlans));
  }, [round.id]);

  async function change(pupilId: string, value: string) {
    try {
      await setSlot(round.id, pupilId, value || null);
      setErrors((current) => ({ ...current, [pupilId]: '' }));
    } catch (caught) {
      if (!(caught instanceof RoundInputError)) throw caught;
      setErrors((current) => ({
        ...current,
        [pupilId]: t('slotOutside', { first: round.firstDay, last: round.lastDay }),
      }));
    }
  }

  return (
    <section class="card" aria-labelledby="slots-heading">
      <h2 id="slots-heading">{t('slotsTitle')}</h2>
      <ul class="slot-list">
        {pupils.map((pupil) => (
          <li key={pupil.id} class="slot-row">
            <label for={`slot-${pupil.id}`}>{t('slotFor', { name: pupil.firstName })}</label>
            <input
              id={`slot-${pupil.id}`}
              type="datetime-local"
              min={`${round.firstDay}T00:00`}
              max={`${round.lastDay}T23:59`}
              defaultValue={plans.get(pupil.id)?.slot ?? ''}
              key={plans.get(pupil.id)?.slot ?? 'none'}
              aria-describedby={`slot-error-${pupil.id}`}
              onChange={(e) => runAction(() => change(pupil.id, e.currentTarget.value))}
            />
            <a class="button" href={paths.teacherPlan(round.id, pupil.id)}>
              {t('planOpen')}
              <span class="visually-hidden">: {pupil.firstName}</span>
            </a>
            <p id={`slot-error-${pupil.id}`} role="alert" class="field-error">
              {errors[pupil.id] ?? ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
