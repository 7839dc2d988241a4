import './voice.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useLive, type MediaRow, type RoundRow } from '../../db';
import { languageTag, useI18n, type MessageKey } from '../../i18n';
import { voiceFor } from '../../ui/ReadAloud';
import { getRound, listOwnQuestions, questionText } from '../rounds';
import { TIMESLICE_MS } from '../recorder';
import { paths } from '../../app/paths';
import { TeacherHeader } from '../../app/TeacherHeader';
import { runAction } from '../../app/action';
import { promptsOf, recoverPrompts } from './voice-repo';
import {
  isNonReaderBand,
  roundPrompts,
  voiceCheck,
  type Prompt,
  type PromptGroup,
} from './prompts';
import { PromptRow } from './PromptRow';

interface Loaded {
  round: RoundRow;
  jar: { id: string; text: string }[];
  recordings: Map<string, MediaRow>;
  deviceVoice: boolean;
}

/** What a round needs for its prompts, as stored: only reads (see useRoundVoices). */
export async function readVoices(
  roundId: string,
  language: 'nl' | 'en',
): Promise<Omit<Loaded, 'deviceVoice'> | null> {
  const round = await getRound(roundId);
  if (!round) return null;
  const own = new Map((await listOwnQuestions(round.classId)).map((row) => [row.id, row]));
  const jar = round.jar.flatMap((id) => {
    const text = questionText(id, language, own);
    return text ? [{ id, text }] : [];
  });
  return { round, jar, recordings: await promptsOf(round.id) };
}

/** A round's prompts and who reads each aloud on this tablet, kept up to date. */
export function useRoundVoices(roundId: string) {
  const { t, language, region } = useI18n();
  const tag = languageTag(language, region);
  // Opening the voices finishes a recording cut off when the tab closed: a write, so it runs
  // here as an action, and the live read below shows what it kept.
  useEffect(() => runAction(() => recoverPrompts(roundId, TIMESLICE_MS)), [roundId]);
  const stored = useLive(
    () => readVoices(roundId, tag.startsWith('en') ? 'en' : 'nl'),
    [roundId, tag],
  );
  // The tablet's own voices are not stored data: the browser tells once per language.
  const [deviceVoice, setDeviceVoice] = useState<{ tag: string; found: boolean }>();
  useEffect(() => {
    let current = true;
    runAction(async () => {
      const voice = await voiceFor(tag);
      if (current) setDeviceVoice({ tag, found: Boolean(voice) });
    });
    return () => {
      current = false;
    };
  }, [tag]);
  const loaded: Loaded | null | undefined =
    stored === null
      ? null
      : stored && deviceVoice?.tag === tag
        ? { ...stored, deviceVoice: deviceVoice.found }
        : undefined;
  const prompts = useMemo(
    () => (stored ? roundPrompts(stored.round, stored.jar, t) : []),
    [stored, t],
  );
  const check = loaded
    ? voiceCheck(prompts, new Set(loaded.recordings.keys()), loaded.deviceVoice)
    : undefined;
  return { loaded, prompts, check };
}

const GROUPS: [PromptGroup, MessageKey][] = [
  ['screens', 'voiceGroupScreens'],
  ['tiles', 'voiceGroupTiles'],
  ['questions', 'voiceGroupQuestions'],
  ['jar', 'voiceGroupJar'],
  ['topics', 'voiceGroupTopics'],
];

/** The teacher records their own voice for the round's questions, tiles and instructions. */
export function VoiceScreen() {
  const { t } = useI18n();
  const { params } = useRoute();
  const { loaded, prompts, check } = useRoundVoices(params['roundId'] ?? '');
  if (loaded === undefined || !check) return null;
  if (loaded === null) return <TeacherHeader title={t('notFound')} back={paths.teacher} />;
  const { round, recordings } = loaded;
  const inGroup = (group: PromptGroup) =>
    prompts.filter((prompt: Prompt) => prompt.group === group);

  return (
    <main class="screen teacher-screen voice-screen">
      <TeacherHeader
        title={t('voiceTitle', { title: round.title })}
        back={paths.teacherRound(round.id)}
      />
      <section class="card">
        <p>{t('voiceIntro')}</p>
        <VoiceSummary counts={check.counts} deviceVoice={loaded.deviceVoice} round={round} />
      </section>
      {GROUPS.filter(([group]) => inGroup(group).length > 0).map(([group, title]) => (
        <section class="card" key={group} aria-labelledby={`voice-${group}`}>
          <h2 id={`voice-${group}`}>{t(title)}</h2>
          <ul class="prompt-list">
            {inGroup(group).map((prompt) => (
              <PromptRow
                key={prompt.id}
                roundId={round.id}
                prompt={prompt}
                recording={recordings.get(prompt.id)}
                state={check.states.get(prompt.id)!}
              />
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

/** How many prompts are heard in the teacher's voice, the tablet's, or not at all. */
export function VoiceSummary(props: {
  counts: Record<'recorded' | 'device' | 'none', number>;
  deviceVoice: boolean;
  round: RoundRow;
}) {
  const { t } = useI18n();
  const { counts } = props;
  return (
    <>
      <p role="status">{t('voiceSummary', counts)}</p>
      {props.deviceVoice ? null : <p class="hint">{t('voiceNoDevice')}</p>}
      {counts.none > 0 && isNonReaderBand(props.round.ageBand) ? (
        <p class="message message--warn" role="alert">
          {t('voiceWarnNonReaders', { none: counts.none })}
        </p>
      ) : null}
    </>
  );
}
