export { CasePage as ApplicationCasePage } from './CasePage';
export { CoalitionHome } from './CoalitionHome';
export { ConsultationsPage } from './ConsultationsPage';
export { DenialPage } from './DenialPage';
export { DenialsPage } from './DenialsPage';
export { MatrixPage } from './MatrixPage';
export { MyApplicationsPage } from './MyApplicationsPage';
export { QueuePage } from './QueuePage';
export { SettingsPage as CoalitionSettingsPage } from './SettingsPage';
