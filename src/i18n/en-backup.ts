/** English messages of backups. Same keys as nl-backup.ts. */
import type { nlBackup } from './nl-backup';

export const enBackup: Record<keyof typeof nlBackup, string> = {
  backupTitle: 'Backups',
  backupOpen: 'Backups',
  backupLast: 'Last backup: {date}.',
  backupNever: 'No backup has been made on this tablet yet.',
  backupRemind:
    'Everything is only on this tablet. Make a backup now and then and keep the file somewhere safe.',
  backupOld: 'The last backup is {days} days old. Feel free to make a new one.',
  backupMake: 'Make a backup',
  backupMakeHint:
    'One file with everything you choose, photos and videos too. With it you can restore data or take it to another tablet.',
  backupScope: 'Of what?',
  backupScopeAll: 'Everything on this tablet',
  backupScopeClass: 'The whole {class}: {name}',
  backupScopePupil: 'One pupil',
  backupPupil: 'Which pupil?',
  backupProtect: 'Protect with a passphrase',
  backupProtectHint:
    'Without the passphrase nobody can open the file, not even you. Write it down somewhere safe.',
  backupPassphrase: 'Passphrase (at least {min} characters)',
  backupPassphraseAgain: 'Passphrase again',
  backupPassphraseShort: 'The passphrase is too short.',
  backupPassphraseDiffers: 'The two passphrases are not the same.',
  backupBusy: 'Working: {done} of {total} photos and recordings…',
  backupBusyStart: 'Making the backup…',
  backupDone: 'Done: {name} ({size}).',
  backupDownload: 'Save the file',
  backupShare: 'Share or save',
  backupFailed: 'The backup did not work. Nothing has changed. Please try again.',
  restoreTitle: 'Restore a backup',
  restoreHint:
    'Choose a .praatpapier file. It is checked completely first; nothing changes until you tap “Restore”.',
  restoreFile: 'Choose a file',
  restoreChecking: 'Checking the file…',
  restorePassphrase: 'Passphrase of this file',
  restoreOpen: 'Open',
  restorePreview: 'What is in this file?',
  restoreCreated: 'Made on {date}.',
  restoreClassNew: '{name} (new on this tablet)',
  restoreClassHere: '{name} (already on this tablet: stays as it is)',
  restoreCounts: '{pupils}, {rounds}, {items}, {photos} and {recordings} ({size}).',
  countPupils: '{count} pupils',
  countPupilsOne: '1 pupil',
  countRounds: '{count} conversations',
  countRoundsOne: '1 conversation',
  countItems: '{count} portfolio items',
  countItemsOne: '1 portfolio item',
  countPhotos: '{count} photos',
  countPhotosOne: '1 photo',
  countRecordings: '{count} recordings',
  countRecordingsOne: '1 recording',
  restoreSame: 'These pupils are on this tablet already: {names}.',
  restoreReplace: 'Replace them with what is in the file',
  restoreKeepBoth: 'Keep both (the pupil from the file gets “(2)” after their name)',
  restoreConfirm: 'Restore',
  restoreBusy: 'Restoring…',
  restoreDone: 'Restored. Everything from the file is on this tablet now.',
  restoreCancel: 'Cancel',
  backupErrorNotZip: 'This is not a Praatpapier file. Choose a file ending in .praatpapier.',
  backupErrorTruncated:
    'This file is not complete (perhaps not fully copied). Nothing has changed.',
  backupErrorNotOurs: 'This is not a Praatpapier backup. Nothing has changed.',
  backupErrorTooNew:
    'This backup comes from a newer version of Praatpapier. Update the app first, then try again.',
  backupErrorTooLarge: 'This file is larger than a Praatpapier backup can be.',
  backupErrorCompressed: 'This file is packed in a way Praatpapier never packs. It is not opened.',
  backupErrorBadEntryName:
    'This file holds something that does not belong in a backup. It is not opened.',
  backupErrorMissingEntry:
    'Something is missing from this file (a photo or recording). Nothing has changed.',
  backupErrorBadChecksum:
    'This file is damaged or was changed after it was made. Nothing has changed.',
  backupErrorNeedsPassphrase: 'This file is protected with a passphrase.',
  backupErrorWrongPassphrase: 'That passphrase is not right. Please try again.',
  backupErrorBadRows: 'The data in this file is not right. Nothing has changed.',
  backupErrorBadReference:
    'The data in this file does not fit together (something refers to a pupil or conversation that is not in it). Nothing has changed.',
  backupErrorTooManyRows: 'This file has more data than a class can have. Nothing has changed.',
  backupErrorNoSpace:
    'There is not enough room on this tablet. Nothing has changed. Free up some space and try again.',
  restoreAppError:
    'Something went wrong in the app. The file may well be fine; nothing has changed.',
  yearEndTitle: 'End of the school year',
  yearEndHint:
    'First make a backup of everything and keep the file. Then you can empty this tablet for the new school year.',
  yearEndStepBackup: 'Step 1: back up everything',
  yearEndBackupDone: 'The backup is made. Keep the file before you go on.',
  yearEndStepWipe: 'Step 2: erase everything from this tablet',
  yearEndUnderstand:
    'I have kept the backup. All pupils, conversations, photos and recordings will be erased.',
  yearEndWipe: 'Erase everything',
  roundErase: 'Delete this conversation',
  roundEraseConfirm:
    'Everything made for “{title}” is deleted: preparations, answers, videos, agreements. The pupils’ portfolios stay.',
  roundErased: 'The conversation is deleted.',
  classesTitle: 'Classes on this tablet',
  classesHint: 'This tablet has more than one {class} (from a backup, for instance).',
  classShown: '{name} (shown now)',
  classShow: 'Go to {name}',
  classErase: 'Delete this {class}',
  classEraseConfirm:
    'Everything of {name} is deleted: pupils, conversations, photos, recordings and agreements. Make a backup first if you want to keep it.',
  classEraseOnly:
    'This is the only {class} on this tablet. Empty the tablet through “End of the school year” under Backups.',
  restoreNeedsEverything:
    'On a new tablet only a backup of everything can be restored (it holds the {teacher}’s code too). Otherwise go back and make the {class} first.',
};
