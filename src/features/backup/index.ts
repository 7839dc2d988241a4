export { BackupScreen } from './BackupScreen';
export { BackupReminder } from './BackupReminder';
export { wipeTablet } from './backup-repo';
export { SetupRestore } from './SetupRestore';
