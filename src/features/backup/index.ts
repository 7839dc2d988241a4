export { BackupScreen } from './BackupScreen';
export { BackupReminder } from './BackupReminder';
