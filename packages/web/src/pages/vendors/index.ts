/** The vendor check page (issue 16). */
export { VendorsPage } from './VendorsPage';
