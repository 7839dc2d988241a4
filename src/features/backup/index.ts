import { lazy } from 'preact-iso';

/**
 * The backup screen and the first run's restore load when they open: the code that writes and
 * reads files is theirs alone, not that of the teacher's other screens.
 */
export const BackupScreen = lazy(() => import('./BackupScreen').then((m) => m.BackupScreen));
export const SetupRestore = lazy(() => import('./SetupRestore').then((m) => m.SetupRestore));
export { BackupReminder } from './BackupReminder';
export { EraseForm } from './EraseForm';
