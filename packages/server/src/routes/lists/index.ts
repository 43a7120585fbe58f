export { registerLists } from './routes';
