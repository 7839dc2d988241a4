import { useEffect, useState } from 'preact/hooks';
import { TEXT_LIMITS, type CircleRow } from '../../db';
import { useT } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { usePupilSession } from '../../app/pupil-session';
import { TextField } from '../../ui/TextField';
import { ReadAloud } from '../../ui/ReadAloud';
import { ShareChoice } from '../../ui/ShareChoice';
import { SaveStatus } from '../../ui/SaveStatus';
import { FieldPicture } from '../../ui/drawings/circle-pictures';
import { CIRCLE_FIELDS, saveCircle, type CircleField } from './circles-repo';
import { FIELD_NAMES } from './names';
import { runAction } from '../../app/action';
import { useChosen } from '../../app/chosen';

type Fields = Record<CircleField, string>;

/**
 * One open circle: five big picture buttons choose which field is shown, one at a time, so a
 * child sees one question, not five boxes. Saves itself like every pupil text, and tells the
 * screen what is in it for the circle's mark. `circle` is the stored row, live: the text is a
 * draft loaded from it once (a write elsewhere never replaces what is being typed), the share
 * choice follows it.
 */
export function CircleEditor({
  circle,
  name,
  onEdit,
}: {
  circle: CircleRow;
  name: string;
  onEdit: (fields: Fields) => void;
}) {
  const t = useT();
  const { pupil } = usePupilSession();
  const [field, setField] = useState<CircleField>('plus');
  const [draft, setDraft, state] = useAutosavedState<Fields>(
    {
      plus: circle.plus,
      minus: circle.minus,
      wonder: circle.wonder,
      goal: circle.goal,
      need: circle.need,
    },
    async (value) => {
      await saveCircle(pupil.id, circle.roundId, circle.circle, value);
    },
    { delayMs: 400, journalKey: `circle:${pupil.id}:${circle.roundId}:${circle.circle}` },
  );
  const [share = circle.share, setShare] = useChosen(circle.share);
  // The ring's mark counts what the editor holds, which may be text recovered from the journal.
  useEffect(() => onEdit(draft), []);
  return (
    <section
      class={`card pupil-card circle circle--${circle.circle}`}
      aria-labelledby={`circle-${circle.circle}`}
    >
      <div class="pupil-title">
        <h2 id={`circle-${circle.circle}`}>
          <span class="circle-dot" aria-hidden="true" />
          {name}
        </h2>
        <ReadAloud text={name} label={`${t('readAloud')}: ${name}`} />
      </div>
      <div class="circle-fields" role="group" aria-label={t('circleWhich')}>
        {CIRCLE_FIELDS.map((id) => (
          <button
            key={id}
            type="button"
            class="circle-field-button"
            aria-pressed={id === field}
            onClick={() => setField(id)}
          >
            <FieldPicture id={id} />
            <span>{t(FIELD_NAMES[id])}</span>
            {draft[id].trim() ? <span class="circle-field-filled" aria-hidden="true" /> : null}
          </button>
        ))}
      </div>
      <TextField
        key={field}
        label={t(FIELD_NAMES[field])}
        value={draft[field]}
        maxLength={TEXT_LIMITS.long}
        multiline
        readAloud
        onInput={(value) => {
          const next = { ...draft, [field]: value };
          setDraft(next);
          onEdit(next);
        }}
      />
      <ShareChoice
        compact
        label={`${t('shareQuestion')} (${name})`}
        value={share}
        onChange={(next) =>
          runAction(() =>
            setShare(next, () =>
              saveCircle(pupil.id, circle.roundId, circle.circle, { share: next }),
            ),
          )
        }
      />
      <SaveStatus state={state} />
    </section>
  );
}
