export { RegulationsPage } from './RegulationsPage';
