export { registerLicensing } from './routes';
export { registerLicences } from './licences';
