export * from './prompts';
export { promptsOf, keepPrompt, deletePrompt } from './voice-repo';
export { PupilVoices } from './PupilVoices';
export { VoiceScreen } from './VoiceScreen';
export { VoiceCard } from './VoiceCard';
