import { useLocation } from 'preact-iso';
import { clock } from '../recorder';
import { LookBackCard } from '../agreements';
import { useT, type MessageKey } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { ReadAloud } from '../../ui/ReadAloud';
import { screenPrompt, screenText, tilePrompt, type PupilPart } from '../voice';
import { ToolPicture, type ToolPictureId } from '../../ui/drawings/tool-pictures';
import { useAppState } from '../../app/state';
import { usePupilSession } from '../../app/pupil-session';
import { paths } from '../../app/paths';
import type { PartState } from '../tool-contract';
import { portfolioTool } from '../portfolio';
import { PUPIL_TOOLS } from './tools';
import { usePreparation } from './use-preparation';
import { useThumbnails } from '../media';
import { runAction } from '../../app/action';
import { DoneIcon } from '../../ui/drawings/icons';
import { StatePicture } from '../../ui/drawings/state-pictures';

const STATE_NAMES: Record<PartState, MessageKey> = {
  none: 'pathNotYet',
  started: 'pathStarted',
  done: 'pathDone',
};

const SHARE_TILE = (state: PartState): Tile => ({
  id: 'share',
  name: 'pathToolShare',
  picture: 'share',
  state,
});

interface Tile {
  /** Where the tile leads: a tool's screen, or the share review. */
  id: string;
  name: MessageKey;
  picture: ToolPictureId;
  state: PartState;
}

/** The pupil's start: their name and picture, and the round's parts as big picture tiles. */
export function PupilPath() {
  const t = useT();
  const { route } = useLocation();
  const { signOut } = useAppState();
  const { pupil, round, recovered } = usePupilSession();
  const preparation = usePreparation(pupil.id, round);
  const photoId = pupil.photoMediaId;
  const photo = useThumbnails(photoId ? [photoId] : []).get(photoId ?? '');

  const tiles: Tile[] | undefined = round
    ? preparation
      ? [
          ...PUPIL_TOOLS.filter((tool) => round.tools.includes(tool.id)).map((tool): Tile => ({
            id: tool.id,
            name: tool.name,
            picture: tool.picture,
            state: tool.state(preparation),
          })),
          SHARE_TILE(preparation.reviewedAt ? 'done' : 'none'),
        ]
      : undefined
    : // Between rounds the portfolio stays open: what I learn now is for the next talk.
      [
        {
          id: portfolioTool.id,
          name: portfolioTool.name,
          picture: portfolioTool.picture,
          state: 'none',
        },
      ];

  async function leave() {
    await signOut();
    route(paths.start, true);
  }

  return (
    <main class="screen pupil-screen pupil-home">
      <div class="pupil-hello">
        <Avatar
          drawing={pupil.avatar.drawing}
          colour={pupil.avatar.colour}
          photo={photo}
          size={96}
        />
        <div>
          <h1>{t('pupilHello', { name: pupil.firstName })}</h1>
          {round ? <p class="pupil-round-title">{round.title}</p> : null}
        </div>
      </div>
      {recovered.map((row) => (
        <p key={row.id} class="message" role="status">
          {t('recordSavedUpTo', { time: clock(row.durationMs ?? 0) })}
        </p>
      ))}
      {round ? <LookBackCard pupilId={pupil.id} round={round} /> : null}
      <div class="pupil-title">
        <h2>{t('pathTitle')}</h2>
        <ReadAloud
          text={round ? screenText(t('pathTitle'), t('pathIntro')) : t('pathNoRound')}
          label={`${t('readAloud')}: ${t('pathTitle')}`}
          prompt={round ? screenPrompt('path') : undefined}
        />
      </div>
      <p class="pupil-intro">{round ? t('pathIntro') : t('pathNoRound')}</p>
      {tiles ? (
        <ol class="path-tiles">
          {tiles.map((tile, index) => (
            <li key={tile.id} class="path-place">
              <a class={`path-tile path-tile--${tile.state}`} href={paths.pupilTool(tile.id)}>
                <span class="path-step" aria-hidden="true">
                  {index + 1}
                </span>
                <ToolPicture id={tile.picture} size={72} />
                <span class="path-name">{t(tile.name)}</span>
                <span class="path-state">
                  <StatePicture state={tile.state} />
                  {t(STATE_NAMES[tile.state])}
                </span>
              </a>
              {/* Beside the tile, not in it: a button inside a link is no button at all. */}
              <span class="path-speaker">
                <ReadAloud
                  text={t(tile.name)}
                  label={`${t('readAloud')}: ${t(tile.name)}`}
                  prompt={tilePrompt(tile.id as PupilPart)}
                />
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <div class="actions pupil-done">
        <button
          type="button"
          class="button button--primary"
          onClick={() => runAction(() => leave())}
        >
          <DoneIcon />
          {t('pupilDone')}
        </button>
      </div>
    </main>
  );
}
