export * from './portfolio-repo';
export { LEVEL_NAMES } from './PortfolioCard';
export { portfolioTool } from './tool';
