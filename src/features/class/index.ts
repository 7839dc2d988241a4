export * from './class-repo';
export {
  parseNameList,
  cleanName,
  compareNames,
  MAX_NAME_LENGTH,
  MAX_PUPILS_PER_CLASS,
} from './name-list';
export type { ParsedNames } from './name-list';
export { defaultAvatarFor } from './avatar-choice';
export { PasteNames } from './PasteNames';
export { LanguageFields } from './LanguageFields';
