/** The work waiting, one card per queue the role may read, each linking into its queue. */
import type { Schema } from '../../api/index';
import { Link } from '../../lib/router';

type Work = Schema<'Dashboard'>['work'];
type Tally = Schema<'DashboardTally'>;

const count = (t: Tally) => `${t.count.toLocaleString()}${t.capped ? '+' : ''}`;

interface Item {
  id: string;
  label: string;
  value: string;
  detail: string;
  to: string;
  busy: boolean;
}

function items(work: Work): Item[] {
  const out: Item[] = [];
  const { openHits, openAlerts, openCases, applications, devices } = work;
  if (openHits)
    out.push({
      id: 'open-hits',
      label: 'Open screening hits',
      value: count(openHits),
      detail: 'possible matches waiting for an officer’s decision',
      to: '/screening/review',
      busy: openHits.count > 0,
    });
  if (openAlerts)
    out.push({
      id: 'open-alerts',
      label: 'Open diversion alerts',
      value: count(openAlerts),
      detail: 'red-flag scores not yet in a case or closed',
      to: '/diversion/alerts',
      busy: openAlerts.count > 0,
    });
  if (openCases)
    out.push({
      id: 'open-cases',
      label: 'Open cases',
      value: count(openCases),
      detail: 'diversion investigations in progress',
      to: '/diversion/alerts',
      busy: openCases.count > 0,
    });
  if (applications)
    out.push({
      id: 'applications',
      label: 'Licence applications undecided',
      value: `${count(applications.sent)} sent · ${count(applications.received)} received`,
      detail: 'applications without a decision yet',
      to: '/coalition',
      busy: applications.sent.count + applications.received.count > 0,
    });
  if (devices)
    out.push({
      id: 'devices-silent',
      label: 'Devices silent',
      value: `${devices.silent.toLocaleString()} of ${devices.total.toLocaleString()}`,
      detail: 'no valid heartbeat within duty plus grace',
      to: '/devices',
      busy: devices.silent > 0,
    });
  return out;
}

export function WorkWaiting({ work }: { work: Work }) {
  const list = items(work);
  if (list.length === 0) return null;
  return (
    <>
      <h2 className="section-title">Work waiting</h2>
      <ul className="cards" aria-label="Work waiting">
        {list.map((i) => (
          <li key={i.id}>
            <Link to={i.to} className="card">
              <span className="card-head">
                <span className="card-title">{i.label}</span>
              </span>
              <span className={`stat-value${i.busy ? ' text-error' : ''}`} data-testid={i.id}>
                {i.value}
              </span>
              <span className="card-text">{i.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
