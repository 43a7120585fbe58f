export { registerControls } from './routes';
export { registerControlsImport } from './import';
