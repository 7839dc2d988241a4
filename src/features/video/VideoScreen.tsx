import { useState } from 'preact/hooks';
import { useLive, type MediaRow } from '../../db';
import { MediaPlayer } from '../media';
import { capMs, clock, RecorderPanel } from '../recorder';
import { useT, type MessageKey } from '../../i18n';
import { useAppState } from '../../app/state';
import { usePupilSession } from '../../app/pupil-session';
import { PupilDone, PupilHeader } from '../../app/PupilHeader';
import { Redirect } from '../../app/Redirect';
import { paths } from '../../app/paths';
import { ReadAloud } from '../../ui/ReadAloud';
import { ShareChoice } from '../../ui/ShareChoice';
import { clipState, deleteTake, keepFirstTake, keepTake, setClipShare } from './video-repo';
import { runAction } from '../../app/action';
import { screenPrompt } from '../voice';

const PROMPTS: MessageKey[] = ['videoPrompt1', 'videoPrompt2', 'videoPrompt3'];

/**
 * The ice-breaker video (seeds/001, 004): a prompt card, record, watch it back, record again
 * (the old one goes only when the pupil keeps the new one), delete, and who may see it.
 */
export function VideoScreen() {
  const t = useT();
  const { classRow } = useAppState();
  const { pupil, round } = usePupilSession();
  const state = useLive(() => (round ? clipState(pupil.id, round.id) : null), [pupil.id, round]);
  // Said above the saved take: the recorder goes away while the pupil chooses.
  const [notice, setNotice] = useState('');

  if (!round?.tools.includes('video')) return <Redirect to={paths.pupil} />;
  // With nothing kept, a finished take is the first one and is being kept (keepFirstTake): it
  // asks for no choice.
  const waiting = state?.kept ? state.waiting[0] : undefined;
  const kept = state?.kept;
  const length = (row: MediaRow) => clock(row.durationMs ?? 0);

  return (
    <main class="screen pupil-screen">
      <PupilHeader
        title={t('pathToolVideo')}
        intro={t('videoIntro')}
        prompt={screenPrompt('video')}
      />
      {notice ? (
        <p class="message message--warn" role="alert">
          {notice}
        </p>
      ) : null}
      <section class="card pupil-card" aria-labelledby="video-prompts">
        <h2 id="video-prompts">{t('videoPromptsTitle')}</h2>
        <ul class="video-prompts">
          {PROMPTS.map((key) => (
            <li key={key}>
              <span>{t(key)}</span>
              <ReadAloud text={t(key)} label={`${t('readAloud')}: ${t(key)}`} />
            </li>
          ))}
        </ul>
      </section>
      {waiting ? (
        <section class="card pupil-card" aria-labelledby="video-waiting">
          <h2 id="video-waiting">{t('videoWaitingTitle')}</h2>
          {waiting.recoveredAt ? (
            <p class="message" role="status">
              {t('recordSavedUpTo', { time: length(waiting) })}
            </p>
          ) : null}
          <MediaPlayer
            mediaId={waiting.id}
            kind="video"
            label={t('videoPlayer', { time: length(waiting) })}
          />
          <p>{t('videoKeepReplaces')}</p>
          <div class="actions">
            <button
              type="button"
              class="button button--primary button--big"
              onClick={() => runAction(() => keepTake(pupil.id, round.id, waiting.id))}
            >
              {t('videoKeep')}
            </button>
            <button
              type="button"
              class="button button--danger"
              onClick={() => runAction(() => deleteTake(pupil.id, round.id, waiting.id))}
            >
              {t('videoThrowAway')}
            </button>
          </div>
        </section>
      ) : null}
      {kept ? (
        <section class="card pupil-card" aria-labelledby="video-mine">
          <h2 id="video-mine">{t('videoMine')}</h2>
          {kept.recoveredAt ? (
            <p class="message" role="status">
              {t('recordSavedUpTo', { time: length(kept) })}
            </p>
          ) : null}
          <MediaPlayer
            mediaId={kept.id}
            kind="video"
            label={t('videoPlayer', { time: length(kept) })}
          />
          <p>{t('videoLength', { time: length(kept) })}</p>
          <ShareChoice
            label={t('videoShare')}
            value={state!.clip.share}
            onChange={(share) => runAction(() => setClipShare(pupil.id, round.id, share))}
          />
          <button
            type="button"
            class="button button--danger"
            onClick={() => runAction(() => deleteTake(pupil.id, round.id, kept.id))}
          >
            {t('videoThrowAway')}
          </button>
        </section>
      ) : null}
      {state && !waiting ? (
        <RecorderPanel
          kind="video"
          pupilId={pupil.id}
          owner={{ purpose: 'icebreaker', roundId: round.id }}
          capMs={capMs(classRow?.recordingCapMinutes)}
          startLabel={kept ? t('videoAgain') : t('recordStart')}
          onSaved={(_mediaId, reason, elapsed) => {
            setNotice(
              reason === 'storage-full' ? t('recordStorageFull', { time: clock(elapsed) }) : '',
            );
            runAction(() => keepFirstTake(pupil.id, round.id));
          }}
        />
      ) : null}
      <PupilDone />
    </main>
  );
}
