import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { TEXT_LIMITS, useLive, type PortfolioItemRow } from '../../db';
import { useT } from '../../i18n';
import { useAutosavedState } from '../../app/autosave';
import { usePupilSession } from '../../app/pupil-session';
import { PupilHeader } from '../../app/PupilHeader';
import { paths } from '../../app/paths';
import { TextField } from '../../ui/TextField';
import { ChoicePictures } from '../../ui/ChoicePictures';
import { ShareChoice } from '../../ui/ShareChoice';
import { SaveStatus } from '../../ui/SaveStatus';
import {
  deletePortfolioItem,
  getPortfolioItem,
  updatePortfolioItem,
  type PortfolioEdit,
} from './portfolio-repo';
import { PhotoField } from './PhotoField';
import { rememberDeleted } from './deleted-notice';
import { runAction } from '../../app/action';
import { useChosen } from '../../app/chosen';

/**
 * One thing the pupil learned. The item is read only for the pupil it belongs to: another
 * pupil's item, opened by URL or the history, shows "this is not yours" and nothing of it.
 */
export function PortfolioItemScreen() {
  const t = useT();
  const { params } = useRoute();
  const { pupil } = usePupilSession();
  const itemId = params.itemId ?? '';
  const item = useLive(
    async () => (await getPortfolioItem(pupil.id, itemId)) ?? null,
    [pupil.id, itemId],
  );
  // Thrown away from here: the screen goes back to the list, and says nothing of it meanwhile.
  const [leaving, setLeaving] = useState(false);

  if (item === undefined || leaving) return null;
  if (item === null) {
    return (
      <main class="screen pupil-screen">
        <PupilHeader title={t('pathToolPortfolio')} />
        <p class="message" role="alert">
          {t('notYours')}
        </p>
      </main>
    );
  }
  return <ItemEditor key={item.id} item={item} onLeave={() => setLeaving(true)} />;
}

type Draft = Required<Pick<PortfolioEdit, 'title' | 'note'>>;

function ItemEditor({ item, onLeave }: { item: PortfolioItemRow; onLeave: () => void }) {
  const t = useT();
  const { route } = useLocation();
  const { pupil, round } = usePupilSession();
  // The choices follow the stored item (a tap shows at once); the text is a draft, loaded once,
  // so a write elsewhere never replaces what the pupil is typing.
  const [current = item, setCurrent] = useChosen(item);
  const [draft, setDraft, textState] = useAutosavedState<Draft>(
    { title: item.title, note: item.note },
    async (value) => {
      await updatePortfolioItem(pupil.id, item.id, value);
    },
    { delayMs: 400, journalKey: `portfolio:${item.id}` },
  );

  /** Choices (level, proud, topic, share) are saved at once: a tap is a decision. */
  async function choose(edit: PortfolioEdit) {
    await setCurrent({ ...current, ...edit }, () => updatePortfolioItem(pupil.id, item.id, edit));
  }

  async function throwAway() {
    // The editor goes away at once and saves its draft; an item thrown away a moment ago still
    // takes it, so putting it back brings it all.
    onLeave();
    await deletePortfolioItem(pupil.id, item.id);
    rememberDeleted({ id: item.id, title: draft.title });
    route(paths.pupilTool('portfolio'), true);
  }

  const topics = round?.topics ?? [];
  return (
    <main class="screen pupil-screen">
      <PupilHeader title={t('portfolioItemTitle')}>
        <SaveStatus state={textState} />
      </PupilHeader>
      <div class="card pupil-card">
        <PhotoField pupilId={pupil.id} item={current} />
        <TextField
          label={t('portfolioTitleLabel')}
          value={draft.title}
          maxLength={TEXT_LIMITS.short}
          readAloud
          onInput={(title) => setDraft((before) => ({ ...before, title }))}
        />
        <TextField
          label={t('portfolioNoteLabel')}
          value={draft.note}
          maxLength={TEXT_LIMITS.long}
          multiline
          readAloud
          onInput={(note) => setDraft((before) => ({ ...before, note }))}
        />
        {topics.length > 0 ? (
          <fieldset class="chips">
            <legend>{t('portfolioTopic')}</legend>
            {[...topics.map((topic) => topic.label), ''].map((label) => (
              <button
                type="button"
                key={label}
                class="chip"
                aria-pressed={current.topic === label}
                onClick={() => runAction(() => choose({ topic: label }))}
              >
                {label || t('portfolioTopicNone')}
              </button>
            ))}
          </fieldset>
        ) : null}
        <ChoicePictures
          label={t('portfolioLevel')}
          value={current.level}
          onChange={(level) => runAction(() => choose({ level }))}
          options={[
            { value: 'notYet', name: t('levelNotYet'), picture: 'notYet' },
            { value: 'almost', name: t('levelAlmost'), picture: 'almost' },
            { value: 'can', name: t('levelCan'), picture: 'can' },
          ]}
        />
        {current.level === 'can' ? (
          <ChoicePictures
            label={t('levelNextQuestion')}
            value={current.levelNext}
            onChange={(levelNext) => runAction(() => choose({ levelNext }))}
            options={[
              { value: 'harder', name: t('levelHarder'), picture: 'harder' },
              { value: 'helpOther', name: t('levelHelpOther'), picture: 'helpOther' },
            ]}
          />
        ) : null}
        <button
          type="button"
          class="button button--big proud-toggle"
          aria-pressed={current.proud}
          onClick={() => runAction(() => choose({ proud: !current.proud }))}
        >
          <span aria-hidden="true" class="proud-star">
            {current.proud ? '★' : '☆'}
          </span>
          {t('proud')}
        </button>
        <ShareChoice
          value={current.share}
          onChange={(share) => runAction(() => choose({ share }))}
        />
      </div>
      <div class="actions">
        <a class="button button--primary button--big" href={paths.pupilTool('portfolio')}>
          {t('done')}
        </a>
        <button
          type="button"
          class="button button--danger"
          onClick={() => runAction(() => throwAway())}
        >
          {t('portfolioDelete')}
        </button>
      </div>
    </main>
  );
}
