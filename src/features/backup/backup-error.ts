/** Why a backup file was refused; each has a message for the teacher (messages *BackupError*). */
export type BackupProblem =
  | 'notZip'
  | 'truncated'
  | 'notOurs'
  | 'tooNew'
  | 'tooLarge'
  | 'compressed'
  | 'badEntryName'
  | 'missingEntry'
  | 'badChecksum'
  | 'needsPassphrase'
  | 'wrongPassphrase'
  | 'badRows'
  | 'badReference'
  | 'tooManyRows'
  | 'noSpace';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    /** For the log and the tests: which entry, table or row. */
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}
