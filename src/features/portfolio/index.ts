export * from './portfolio-repo';
export { PortfolioScreen } from './PortfolioScreen';
export { PortfolioItemScreen } from './PortfolioItemScreen';
export { LEVEL_NAMES } from './PortfolioCard';
