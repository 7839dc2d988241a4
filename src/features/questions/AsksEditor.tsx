import { TEXT_LIMITS, useLive, type AnswerMode, type AskRow } from '../../db';
import { useT } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { TextField } from '../../ui/TextField';
import { addAsk, asksOf, deleteAsk, saveAsk } from './answers-repo';
import { runAction } from '../../app/action';
import { PlusIcon } from '../../ui/drawings/icons';

/** Questions the pupil wants to ask their parents or their teacher in the conversation. */
export function AsksEditor(props: { pupilId: string; roundId: string; answerMode: AnswerMode }) {
  const t = useT();
  const asks = useLive(() => asksOf(props.pupilId, props.roundId), [props.pupilId, props.roundId]);

  if (props.answerMode === 'spoken') return null;
  async function add(to: AskRow['to']) {
    await addAsk(props.pupilId, props.roundId, to);
  }
  return (
    <section class="card pupil-card" aria-labelledby="asks-title">
      <h2 id="asks-title">{t('asksTitle')}</h2>
      <p class="pupil-intro">{t('asksIntro')}</p>
      {asks?.map((ask) => (
        <AskField
          key={ask.id}
          pupilId={props.pupilId}
          ask={ask}
          onDelete={async () => {
            await deleteAsk(props.pupilId, ask.id);
          }}
        />
      ))}
      <div class="actions">
        <button type="button" class="button" onClick={() => runAction(() => add('parents'))}>
          <PlusIcon />
          {t('askAddParents')}
        </button>
        <button type="button" class="button" onClick={() => runAction(() => add('teacher'))}>
          <PlusIcon />
          {t('askAddTeacher')}
        </button>
      </div>
    </section>
  );
}

function AskField(props: { pupilId: string; ask: AskRow; onDelete: () => Promise<void> }) {
  const t = useT();
  // A draft loaded once: a write elsewhere never replaces what is being typed.
  const [text, setText] = useAutosavedState(
    props.ask.text,
    (value) => saveAsk(props.pupilId, props.ask.id, { text: value }),
    { delayMs: 400, journalKey: `ask:${props.ask.id}` },
  );
  return (
    <div class="ask">
      <TextField
        label={t(props.ask.to === 'parents' ? 'askToParents' : 'askToTeacher')}
        value={text}
        maxLength={TEXT_LIMITS.long}
        multiline
        onInput={setText}
      />
      <button type="button" class="button" onClick={() => runAction(() => props.onDelete())}>
        {t('askDelete')}
      </button>
    </div>
  );
}
