import type { AvatarChoice } from '../../db';
import { AVATAR_COLOURS, AVATAR_IDS } from '../../ui/drawings/avatars';

/**
 * A different drawing for each new pupil, and a colour that shifts so neighbours in the grid
 * rarely look alike; the teacher or pupil can change it afterwards.
 */
export function defaultAvatarFor(index: number): AvatarChoice {
  const drawing = AVATAR_IDS[index % AVATAR_IDS.length]!;
  const round = Math.floor(index / AVATAR_IDS.length);
  const colour = AVATAR_COLOURS[(index * 3 + round) % AVATAR_COLOURS.length]!;
  return { drawing, colour };
}
