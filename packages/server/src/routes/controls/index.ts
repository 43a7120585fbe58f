export { registerControls } from './routes';
