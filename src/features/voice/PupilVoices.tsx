import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { useLive, type RoundRow } from '../../db';
import { SpeakerContext, type SpeakerSetting } from '../../ui/ReadAloud';
import { playableBlob } from '../media';
import { promptsOf } from './voice-repo';
import { isNonReaderBand } from './prompts';

/**
 * The pupil's screens with their teacher's voice: every speaker button whose prompt the teacher
 * recorded plays that recording (the bytes are read only on the tap), and in a kleuter or
 * onderbouw round a button stays even where nothing can read aloud, to say so.
 */
export function PupilVoices({
  round,
  children,
}: {
  round: RoundRow | null;
  children: ComponentChildren;
}) {
  const roundId = round?.id;
  const prompts = useLive(
    () => (roundId ? promptsOf(roundId) : new Map<string, never>()),
    [roundId],
  );
  const setting = useMemo<SpeakerSetting>(
    () => ({
      nonReaders: round ? isNonReaderBand(round.ageBand) : false,
      recordingOf: (prompt) => {
        const row = prompts?.get(prompt);
        return row ? () => playableBlob(row.id) : undefined;
      },
    }),
    [round, prompts],
  );
  return <SpeakerContext.Provider value={setting}>{children}</SpeakerContext.Provider>;
}
