export { REGULATIONS_IMPORT, REGULATIONS_MAX_BODY_BYTES, registerRegulations } from './routes';
