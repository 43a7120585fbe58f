export { registerDetermine } from './determine';
export { registerLicences } from './licences';
