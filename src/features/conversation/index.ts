export { ConversationMode } from './ConversationMode';
export * from './talk-steps';
