export { ClassifyPage } from './ClassifyPage';
export { ComparePage } from './ComparePage';
export { ControlListPage } from './ControlListPage';
