export * from './radar-data';
export { SpinnenwebScreen } from './SpinnenwebScreen';
