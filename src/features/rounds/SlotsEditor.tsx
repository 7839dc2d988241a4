import { useEffect, useRef, useState } from 'preact/hooks';
import { useLive, type RoundRow } from '../../db';
import { listPupils } from '../class';
import { useT } from '../../i18n';
import { paths } from '../../app/paths';
import { pupilPlans, RoundInputError, setSlot } from './rounds-repo';
import { runAction } from '../../app/action';

/** A time slot per pupil, on one of the round's days, and the way to the teacher's own preparation. */
export function SlotsEditor({ round }: { round: RoundRow }) {
  const t = useT();
  const stored = useLive(async () => {
    const [pupils, plans] = await Promise.all([listPupils(round.classId), pupilPlans(round.id)]);
    return { pupils, plans };
  }, [round.classId, round.id]);
  const pupils = stored?.pupils ?? [];
  const plans = stored?.plans ?? new Map<string, never>();
  const [errors, setErrors] = useState<Record<string, string>>({});

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
            <SlotInput
              id={`slot-${pupil.id}`}
              round={round}
              stored={plans.get(pupil.id)?.slot ?? ''}
              errorId={`slot-error-${pupil.id}`}
              onChange={(value) => runAction(() => change(pupil.id, value))}
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

/**
 * A slot as the teacher types it: a slot stored elsewhere shows, and what was typed stays when
 * it is what is stored, or was refused (its message says why), so saving never moves the focus.
 */
function SlotInput(props: {
  id: string;
  round: RoundRow;
  stored: string;
  errorId: string;
  onChange: (value: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current && input.current.value !== props.stored) input.current.value = props.stored;
  }, [props.stored]);
  return (
    <input
      ref={input}
      id={props.id}
      type="datetime-local"
      min={`${props.round.firstDay}T00:00`}
      max={`${props.round.lastDay}T23:59`}
      defaultValue={props.stored}
      aria-describedby={props.errorId}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}
