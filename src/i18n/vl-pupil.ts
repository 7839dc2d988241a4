/** Flemish wording of the pupil's screens: only what differs. */
import type { nlPupil } from './nl-pupil';

export const vlPupil: Partial<Record<keyof typeof nlPupil, string>> = {
  spinnenwebIntro: 'Zo zie je in één keer hoe het gaat, en waar je naartoe wil.',
};
