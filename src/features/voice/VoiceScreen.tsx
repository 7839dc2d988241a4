import './voice.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { MediaRow, RoundRow } from '../../db';
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

/** What a round needs, and who reads each of its prompts aloud on this tablet. */
export async function loadVoices(roundId: string, tag: string): Promise<Loaded | null> {
  const round = await getRound(roundId);
  if (!round) return null;
  await recoverPrompts(round.id, TIMESLICE_MS);
  const own = new Map((await listOwnQuestions(round.classId)).map((row) => [row.id, row]));
  const language = tag.startsWith('en') ? 'en' : 'nl';
  const jar = round.jar.flatMap((id) => {
    const text = questionText(id, language, own);
    return text ? [{ id, text }] : [];
  });
  const [recordings, voice] = await Promise.all([promptsOf(round.id), voiceFor(tag)]);
  return { round, jar, recordings, deviceVoice: Boolean(voice) };
}

/** A round's prompts and who reads each aloud here, read again after every change. */
export function useRoundVoices(roundId: string) {
  const { t, language, region } = useI18n();
  const tag = languageTag(language, region);
  const [loaded, setLoaded] = useState<Loaded | null>();
  const reload = () => runAction(() => loadVoices(roundId, tag).then(setLoaded));
  useEffect(reload, [roundId, tag]);
  const prompts = useMemo(
    () => (loaded ? roundPrompts(loaded.round, loaded.jar, t) : []),
    [loaded, t],
  );
  const check = loaded
    ? voiceCheck(prompts, new Set(loaded.recordings.keys()), loaded.deviceVoice)
    : undefined;
  return { loaded, prompts, check, reload };
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
  const { loaded, prompts, check, reload } = useRoundVoices(params['roundId'] ?? '');
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
                onChanged={reload}
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
