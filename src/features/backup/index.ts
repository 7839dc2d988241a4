export { BackupScreen } from './BackupScreen';
export { BackupReminder } from './BackupReminder';
export { EraseForm } from './EraseForm';
export { SetupRestore } from './SetupRestore';
