import { AvatarDrawing } from './drawings/avatars';
import { useObjectUrl } from './use-object-url';

interface AvatarProps {
  drawing: string;
  colour: string;
  /** A portrait photo's thumbnail, shown instead of the drawing. */
  photo?: Blob | undefined;
  size: number;
}

/** A pupil's face: their photo when they have one, else their drawing. Decorative: the name is next to it. */
export function Avatar({ drawing, colour, photo, size }: AvatarProps) {
  const url = useObjectUrl(photo);
  if (url) {
    return (
      <img
        class="avatar avatar--photo"
        src={url}
        alt=""
        width={size}
        height={size}
        decoding="async"
      />
    );
  }
  return (
    <span class="avatar" aria-hidden="true">
      <AvatarDrawing id={drawing} colour={colour} size={size} />
    </span>
  );
}
