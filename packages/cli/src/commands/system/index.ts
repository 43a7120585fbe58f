export { registerDb } from './db';
export { start } from './start';
export { registerWorker } from './worker';
