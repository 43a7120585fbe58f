export { AlertQueuePage } from './AlertQueuePage';
export { CasePage } from './CasePage';
export { DiversionPage } from './DiversionPage';
export { NetworkPage } from './NetworkPage';
export { TradePage } from './TradePage';
