export * from './agreements-repo';
export { AgreementsScreen } from './AgreementsScreen';
export { LookBackCard } from './LookBackCard';
export { LookBackList } from './LookBackList';
export { whoName } from './who';
export { OUTCOME_NAMES } from './outcome';
