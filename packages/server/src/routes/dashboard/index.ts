export { registerDashboard } from './routes';
