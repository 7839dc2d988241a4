/** Flemish wording of the backup messages: only what differs. */
import type { nlBackup } from './nl-backup';

export const vlBackup: Partial<Record<keyof typeof nlBackup, string>> = {
  yearEndTitle: 'Einde van het schooljaar',
};
