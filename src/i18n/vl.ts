/** Flemish wording: only the messages that differ from the Netherlands' Dutch. */
import type { StartMessages } from './nl';

export const vl: Partial<StartMessages> = {
  wordClass: 'klas',
  wordClassTitle: 'Klas',
  wordParentTalk: 'oudercontact',
  classNameExample: 'bijvoorbeeld 3de leerjaar B',
  setupInstallIpad:
    'Op een iPad: tik op de deelknop en kies "Zet op beginscherm". Open Praatpapier daarna vanaf het beginscherm en begin pas dan. Wat je in een Safari-tabblad invult, wordt apart bewaard en na 7 dagen zonder gebruik gewist.',
  pupilsTitle: 'Leerlingen',
  setupPupilsStep: 'Leerlingen',
};
