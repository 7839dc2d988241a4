import { useT } from '../i18n';
import { ChoicePictures } from './ChoicePictures';

/** The same words as the database's `Share`; ui/ knows no rows, TypeScript checks they match. */
type Share = 'parents' | 'teacher' | 'me';

/**
 * Who may see this: on my praatpapier, only my teacher, only me. The pupil chooses, item by
 * item, where they make the item (seeds/004: the pupil's grip on what is shared).
 */
export function ShareChoice(props: {
  value: Share;
  onChange: (share: Share) => void;
  /** Names the item, so a screen reader hears which item's choice this is. */
  label?: string;
  compact?: boolean;
}) {
  const t = useT();
  return (
    <ChoicePictures<Share>
      label={props.label ?? t('shareQuestion')}
      compact={props.compact}
      value={props.value}
      onChange={props.onChange}
      options={[
        { value: 'parents', name: t('shareParents'), picture: 'parents' },
        { value: 'teacher', name: t('shareTeacher'), picture: 'teacher' },
        { value: 'me', name: t('shareMe'), picture: 'me' },
      ]}
    />
  );
}
