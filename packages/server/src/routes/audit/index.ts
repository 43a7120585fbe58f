export { registerAudit } from './routes';
