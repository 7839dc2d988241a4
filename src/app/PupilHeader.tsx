import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';
import { ReadAloud } from '../ui/ReadAloud';
import { paths } from './paths';
import { DoneIcon } from '../ui/drawings/icons';

/**
 * The top of every pupil screen: the way back to the path, the title and what to do, each read
 * aloud on request for children who do not read yet.
 */
export function PupilHeader(props: {
  title: string;
  intro?: string;
  /** The teacher's recording of this screen's title and instructions, when they made one. */
  prompt?: string;
  children?: ComponentChildren;
}) {
  const t = useT();
  return (
    <header class="pupil-header">
      <a class="button pupil-back" href={paths.pupil}>
        <span aria-hidden="true">←</span> {t('backToPath')}
      </a>
      <div class="pupil-title">
        <h1>{props.title}</h1>
        <ReadAloud
          text={[props.title, props.intro].filter(Boolean).join('. ')}
          label={t('readAloud')}
          prompt={props.prompt}
        />
      </div>
      {props.intro ? <p class="pupil-intro">{props.intro}</p> : null}
      {props.children}
    </header>
  );
}

/** The bottom of a pupil screen: "Klaar", back to the path, after any other actions. */
export function PupilDone({ children }: { children?: ComponentChildren }) {
  const t = useT();
  return (
    <div class="actions">
      {children}
      <a class="button button--primary button--big" href={paths.pupil}>
        <DoneIcon />
        {t('done')}
      </a>
    </div>
  );
}
