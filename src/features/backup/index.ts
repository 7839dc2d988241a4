export { BackupScreen } from './BackupScreen';
export { BackupReminder } from './BackupReminder';
export { SetupRestore } from './SetupRestore';
