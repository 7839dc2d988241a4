/** Flemish wording of the conversation's messages: only what differs. */
import type { nlTalk } from './nl-talk';

export const vlTalk: Partial<Record<keyof typeof nlTalk, string>> = {
  letterGreeting: 'Beste ouders van {name},',
  letterIntro:
    'Binnenkort is ons {parentTalk} over {name}: met u, {name} en mij. {name} bereidt het gesprek in de {class} zelf voor. Wilt u deze vragen thuis al eens bekijken? Noteer gerust iets en breng dit blad mee naar het gesprek.',
};
