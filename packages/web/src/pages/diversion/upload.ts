export { fileBody } from '../../lib/upload';
