export { ComingSoonPage } from './ComingSoonPage';
export { NoAccessPage, NotFoundPage } from './NotFoundPage';
