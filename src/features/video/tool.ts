/** The ice-breaker video as a pupil tool: see src/features/README.md. */
import { lazy } from 'preact-iso';
import type { ClipRow } from '../../db';
import { sheetPart, type PupilTool } from '../tool-contract';
import { clipsOf, clipsOfRound, setClipShare } from './video-repo';
import { SheetVideo } from './SheetVideo';
import { PaperVideo } from './PaperVideo';

declare module '../tool-contract/preparation' {
  interface PartRows {
    clips: ClipRow;
  }
}
declare module '../tool-contract/contract' {
  interface PartItems {
    clips: ClipRow;
  }
}

export const videoTool: PupilTool = {
  id: 'video',
  name: 'pathToolVideo',
  picture: 'video',
  routes: [
    { path: '/video', screen: lazy(() => import('./VideoScreen').then((m) => m.VideoScreen)) },
  ],
  state: ({ clips }) => (clips.length > 0 ? 'done' : 'none'),
  parts: [
    sheetPart({
      id: 'clips',
      paper: 'front',
      madeWith: ['video'],
      names: { sheet: 'videoMine', pupil: 'videoMine', talk: 'talkPartWelcome' },
      picture: 'video',
      // No step of its own: the video opens the talk, to settle in.
      phase: 'afstemmen',
      read: {
        pupil: (pupilId, round) => clipsOf(pupilId, round.id),
        round: (round) => clipsOfRound(round.id),
      },
      // Only once a take is kept.
      arrange: (clips) => clips.filter((clip) => clip.mediaId),
      items: ({ clips }) => clips,
      key: (clip) => clip.mediaId ?? '',
      choices: (clips, t) =>
        clips.map((clip) => ({
          key: 'clip',
          name: t('videoMine'),
          share: clip.share,
          change: (pupilId, round, share) => setClipShare(pupilId, round.id, share),
        })),
      Sheet: SheetVideo,
      Paper: PaperVideo,
      // The row only, for the video's length: paper shows no still.
      paperMedia: (clip) => (clip.mediaId ? [clip.mediaId] : []),
    }),
  ],
};
