import { TEXT_LIMITS } from '../../db';
import { useT } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { TextField } from '../../ui/TextField';
import { SaveStatus } from '../../ui/SaveStatus';
import { saveTalkNotes } from '../agreements';

/**
 * The teacher's notes during the talk, saved as they are typed into the agreements row of this
 * pupil and round, where the agreements screen shows them afterwards.
 */
export function TalkNotes({
  roundId,
  pupilId,
  initial,
}: {
  roundId: string;
  pupilId: string;
  initial: string;
}) {
  const t = useT();
  const [notes, setNotes, state] = useAutosavedState(
    initial,
    (value) => saveTalkNotes(roundId, pupilId, value),
    { journalKey: `talk-notes:${roundId}:${pupilId}` },
  );
  return (
    <div class="talk-notes">
      <TextField
        label={t('talkNotes')}
        value={notes}
        multiline
        maxLength={TEXT_LIMITS.long}
        onInput={setNotes}
      />
      <p class="hint">{t('talkNotesHint')}</p>
      <SaveStatus state={state} />
    </div>
  );
}
