export * from './contract';
export * from './preparation';
