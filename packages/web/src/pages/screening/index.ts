export { BatchPage } from './BatchPage';
export { ListsPage } from './ListsPage';
export { PartiesPage } from './PartiesPage';
export { PartyPage } from './PartyPage';
export { ReviewQueuePage } from './ReviewQueuePage';
export { ScreeningSearchPage } from './ScreeningSearchPage';
