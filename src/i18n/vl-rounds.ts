/** Flemish wording of the teacher screens' messages: only what differs. */
import type { nlRounds } from './nl-rounds';

export const vlRounds: Partial<Record<keyof typeof nlRounds, string>> = {
  ageKleuters: 'Kleuters (K1–K3)',
  ageOnderbouw: '1ste en 2de leerjaar',
  ageMiddenbouw: '3de en 4de leerjaar',
  ageBovenbouw: '5de en 6de leerjaar',
  kindStudiekeuzeHint: 'Op weg naar het secundair onderwijs: interesses, talenten, welke school.',
};
