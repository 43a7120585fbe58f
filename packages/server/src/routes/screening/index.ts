export { registerScreening } from './routes';
export { registerCounterparties } from './counterparties';
