export { registerDiversion } from './routes';
export { registerDiversionCases } from './cases';
export { registerDiversionNetworkFile } from './network-file';
export { registerDiversionRecords } from './records';
export { registerDiversionTrade } from './trade';
