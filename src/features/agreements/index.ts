export * from './agreements-repo';
export { AgreementsScreen } from './AgreementsScreen';
export { LookBackCard } from './LookBackCard';
export { LookBackList } from './LookBackList';
export { WHO_NAMES } from './who';
export { OUTCOME_NAMES } from './outcome';
