export { LicensingPage } from './LicensingPage';
