export * from './prompts';
export { PupilVoices } from './PupilVoices';
export { VoiceScreen } from './VoiceScreen';
export { VoiceCard } from './VoiceCard';
