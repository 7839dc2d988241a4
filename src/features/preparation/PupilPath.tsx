import { useLocation } from 'preact-iso';
import { ALL_TOOLS } from '../rounds';
import { clock } from '../recorder';
import { LookBackCard } from '../agreements';
import { useT, type MessageKey } from '../../i18n';
import { Avatar } from '../../ui/Avatar';
import { ReadAloud } from '../../ui/ReadAloud';
import { screenPrompt, screenText, tilePrompt } from '../voice';
import { ToolPicture, type ToolPictureId } from '../../ui/drawings/tool-pictures';
import { useAppState } from '../../app/state';
import { usePupilSession } from '../../app/pupil-session';
import { paths } from '../../app/paths';
import { partState, type PartState } from './part-state';
import { usePreparation } from './use-preparation';
import { useThumbnails } from './use-thumbnails';
import { runAction } from '../../app/action';
import { DoneIcon } from '../../ui/drawings/icons';
import { StatePicture } from '../../ui/drawings/state-pictures';

/** The tools a pupil works with on their path, in order; parents' questions are for parents. */
const PATH_TOOLS = ALL_TOOLS.filter((tool) => tool !== 'parentQuestions');

const TILE_NAMES: Record<ToolPictureId, MessageKey> = {
  portfolio: 'pathToolPortfolio',
  ratings: 'pathToolRatings',
  spinnenweb: 'pathToolSpinnenweb',
  questions: 'pathToolQuestions',
  vragenpot: 'pathToolVragenpot',
  circles: 'pathToolCircles',
  goals: 'pathToolGoals',
  video: 'pathToolVideo',
  share: 'pathToolShare',
};

const STATE_NAMES: Record<PartState, MessageKey> = {
  none: 'pathNotYet',
  started: 'pathStarted',
  done: 'pathDone',
};

interface Tile {
  id: ToolPictureId;
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
          ...PATH_TOOLS.filter((tool) => round.tools.includes(tool)).map((tool) => ({
            id: tool as ToolPictureId,
            state: partState(tool, preparation),
          })),
          { id: 'share', state: preparation.reviewedAt ? 'done' : 'none' },
        ]
      : undefined
    : [{ id: 'portfolio', state: 'none' }];

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
                <ToolPicture id={tile.id} size={72} />
                <span class="path-name">{t(TILE_NAMES[tile.id])}</span>
                <span class="path-state">
                  <StatePicture state={tile.state} />
                  {t(STATE_NAMES[tile.state])}
                </span>
              </a>
              {/* Beside the tile, not in it: a button inside a link is no button at all. */}
              <span class="path-speaker">
                <ReadAloud
                  text={t(TILE_NAMES[tile.id])}
                  label={`${t('readAloud')}: ${t(TILE_NAMES[tile.id])}`}
                  prompt={tilePrompt(tile.id)}
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
