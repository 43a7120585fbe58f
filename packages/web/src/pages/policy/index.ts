/** Policy analysis pages (issue 15). */
export { PolicyPage } from './PolicyPage';
export { TradeDataPage } from './TradeDataPage';
