import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MediaRow, RoundRow } from '../../db';
import { SpeakerContext, type SpeakerSetting } from '../../ui/ReadAloud';
import { playableBlob } from '../media';
import { runAction } from '../../app/action';
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
  const [prompts, setPrompts] = useState<Map<string, MediaRow>>(new Map());
  useEffect(() => {
    let current = true;
    if (round) runAction(() => promptsOf(round.id).then((found) => current && setPrompts(found)));
    return () => {
      current = false;
    };
  }, [round?.id]);
  const setting = useMemo<SpeakerSetting>(
    () => ({
      nonReaders: round ? isNonReaderBand(round.ageBand) : false,
      recordingOf: (prompt) => {
        const row = prompts.get(prompt);
        return row ? () => playableBlob(row.id) : undefined;
      },
    }),
    [round, prompts],
  );
  return <SpeakerContext.Provider value={setting}>{children}</SpeakerContext.Provider>;
}
