/** /coalition: an agency lands on its queue, an exporter on its applications. */
import { useIsAgency } from './CoalitionNav';
import { MyApplicationsPage } from './MyApplicationsPage';
import { QueuePage } from './QueuePage';

export function CoalitionHome() {
  return useIsAgency() ? <QueuePage /> : <MyApplicationsPage />;
}
