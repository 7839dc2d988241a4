import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { isQuotaError } from '../../db';
import { useT, type MessageKey } from '../../i18n';
import { CameraShot } from '../../ui/CameraShot';
import { markBusy } from '../../app/busy';
import { runAction } from '../../app/action';
import type { StillImage } from './media-repo';

/**
 * The words of the controls: the pupil's and the teacher's screens say them differently (and
 * load different messages), the controls are the same.
 */
export interface PhotoWords {
  take: MessageKey;
  pick: MessageKey;
  shoot: MessageKey;
  remove: MessageKey;
  notAnImage: MessageKey;
  noCamera: MessageKey;
  /** Shown while a photo is made smaller and stored. */
  busy?: MessageKey;
}

interface PhotoControlsProps {
  /** The back camera for work, the front one for a portrait. */
  facing: 'user' | 'environment';
  /** The photo as it is now, drawn by the caller, before the buttons. */
  preview: ComponentChildren;
  rowClass?: string;
  hasPhoto: boolean;
  words: PhotoWords;
  /** Pupil screens: big buttons, and removing is no red danger (a photo is taken again). */
  pupil?: boolean;
  fromFile: (file: File) => Promise<StillImage>;
  fromVideo: (video: HTMLVideoElement) => Promise<StillImage>;
  /** Stores the new photo, or removes it (null). */
  store: (image: StillImage | null) => Promise<void>;
}

/** A picked file that is no image fails to decode: a TypeError, or InvalidStateError. */
const notAnImage = (error: unknown) =>
  error instanceof TypeError || (error as Error | undefined)?.name === 'InvalidStateError';

/**
 * A photo from a camera or from the tablet's pictures, or none: the buttons, the live camera,
 * and what went wrong in words the screen's reader understands (a full tablet, a file that is
 * no photo, no camera), right under the buttons instead of the app-wide notice.
 */
export function PhotoControls(props: PhotoControlsProps) {
  const t = useT();
  const { words } = props;
  const [camera, setCamera] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function save(make: () => Promise<StillImage | null>) {
    setBusy(true);
    const release = markBusy('photo');
    try {
      await props.store(await make());
      setCamera(false);
      setError('');
    } catch (caught) {
      console.error(caught);
      setError(
        t(
          isQuotaError(caught)
            ? 'errorStorageFull'
            : notAnImage(caught)
              ? words.notAnImage
              : 'errorUnexpected',
        ),
      );
    } finally {
      release();
      setBusy(false);
    }
  }

  const button = props.pupil ? 'button button--big' : 'button';
  return (
    <>
      <div class={props.rowClass}>
        {props.preview}
        <div class="actions">
          <button
            type="button"
            class={button}
            aria-expanded={camera}
            onClick={() => setCamera(!camera)}
          >
            {t(words.take)}
          </button>
          <label class={button}>
            {t(words.pick)}
            <input
              type="file"
              accept="image/*"
              class="visually-hidden"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) runAction(() => save(() => props.fromFile(file)));
              }}
            />
          </label>
          {props.hasPhoto ? (
            <button
              type="button"
              class={props.pupil ? 'button' : 'button button--danger'}
              onClick={() => runAction(() => save(async () => null))}
            >
              {t(words.remove)}
            </button>
          ) : null}
        </div>
      </div>
      {busy && words.busy ? (
        <p role="status" class="message">
          {t(words.busy)}
        </p>
      ) : null}
      <p role="alert" class="field-error">
        {error}
      </p>
      {camera ? (
        <CameraShot
          facing={props.facing}
          previewLabel={t(words.take)}
          shootLabel={t(words.shoot)}
          onShot={(video) => runAction(() => save(() => props.fromVideo(video)))}
          onUnavailable={() => {
            setCamera(false);
            setError(t(words.noCamera));
          }}
        />
      ) : null}
    </>
  );
}
