import type { AvatarChoice } from '../../db';
import { avatarName, useT } from '../../i18n';
import { AVATAR_COLOURS, AVATAR_IDS, AvatarDrawing } from '../../ui/drawings/avatars';

/** Sixteen drawings and eight colours, as two radio groups a screen reader can name. */
export function AvatarPicker({
  value,
  onChange,
}: {
  value: AvatarChoice;
  onChange: (next: AvatarChoice) => void;
}) {
  const t = useT();
  return (
    <>
      <fieldset class="choice-row picture-choices">
        <legend class="visually-hidden">{t('avatarTitle')}</legend>
        {AVATAR_IDS.map((id) => (
          <label class="picture-choice" key={id}>
            <input
              type="radio"
              name="avatar-drawing"
              class="visually-hidden"
              checked={value.drawing === id}
              onChange={() => onChange({ ...value, drawing: id })}
            />
            <AvatarDrawing id={id} colour={value.colour} size={64} />
            <span class="visually-hidden">{t(avatarName(id))}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-row picture-choices">
        <legend>{t('colourTitle')}</legend>
        {AVATAR_COLOURS.map((colour, index) => (
          <label class="picture-choice" key={colour}>
            <input
              type="radio"
              name="avatar-colour"
              class="visually-hidden"
              checked={value.colour === colour}
              onChange={() => onChange({ ...value, colour })}
            />
            <AvatarDrawing id={value.drawing} colour={colour} size={48} />
            <span class="visually-hidden">{t('colourN', { n: index + 1 })}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
