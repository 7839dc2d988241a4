import { useState } from 'preact/hooks';
import type { MediaRow } from '../../db';
import { useT, type MessageKey } from '../../i18n';
import { MediaPlayer } from '../media';
import { RecorderPanel } from '../recorder';
import { runAction } from '../../app/action';
import { deletePrompt, keepPrompt } from './voice-repo';
import type { Prompt, VoiceState } from './prompts';

/** A prompt is a sentence or two: half a minute is plenty, and keeps a round's set small. */
export const PROMPT_CAP_MS = 30_000;

const STATE_NAMES: Record<VoiceState, MessageKey> = {
  recorded: 'voiceStateRecorded',
  device: 'voiceStateDevice',
  none: 'voiceStateNone',
};

/** One text the teacher can read aloud: who reads it now, and record, listen, again, delete. */
export function PromptRow(props: {
  roundId: string;
  prompt: Prompt;
  recording: MediaRow | undefined;
  state: VoiceState;
}) {
  const t = useT();
  const [again, setAgain] = useState(false);
  const { prompt, recording } = props;
  const labelId = `prompt-${prompt.id}`;
  return (
    <li>
      <div class={`prompt-row prompt-row--${props.state}`} role="group" aria-labelledby={labelId}>
        <p id={labelId} class="prompt-text">
          {prompt.text}
        </p>
        <p class="prompt-state">{t(STATE_NAMES[props.state])}</p>
        {recording && !again ? (
          <div class="actions">
            <MediaPlayer
              mediaId={recording.id}
              kind="audio"
              label={t('voiceListen', { text: prompt.text })}
            />
            <button type="button" class="button" onClick={() => setAgain(true)}>
              {t('voiceRecordAgain')}
            </button>
            <button
              type="button"
              class="button button--danger"
              onClick={() => runAction(() => deletePrompt(props.roundId, prompt.id))}
            >
              {t('voiceDelete')}
            </button>
          </div>
        ) : (
          <RecorderPanel
            kind="audio"
            pupilId={undefined}
            owner={{ purpose: 'prompt', roundId: props.roundId, questionId: prompt.id }}
            capMs={PROMPT_CAP_MS}
            startLabel={t('voiceRecord')}
            onSaved={(mediaId) =>
              runAction(async () => {
                await keepPrompt(props.roundId, prompt.id, mediaId);
                setAgain(false);
              })
            }
          />
        )}
      </div>
    </li>
  );
}
