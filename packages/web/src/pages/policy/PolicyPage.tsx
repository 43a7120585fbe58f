/**
 * Policy analysis (issue 15): the cost of a proposed control, chokepoints, investment screening and
 * the S&T agreement registry, one tab each.
 */
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { Link } from '../../lib/router';
import { AgreementsMatrix } from './AgreementsMatrix';
import { ChokepointsPanel } from './ChokepointsPanel';
import { ControlCostPanel } from './ControlCostPanel';
import { ScreeningPanel } from './ScreeningPanel';
import './policy.css';

const TABS = [
  ['cost', 'Cost of a control', ControlCostPanel],
  ['chokepoints', 'Chokepoints', ChokepointsPanel],
  ['screening', 'Investment screening', ScreeningPanel],
  ['agreements', 'S&T agreements', AgreementsMatrix],
] as const;

export function PolicyPage() {
  const [tab, setTab] = useState<(typeof TABS)[number][0]>('cost');
  const Panel = TABS.find((t) => t[0] === tab)![2];
  return (
    <>
      <PageHeader
        title="Policy analysis"
        description="What a proposed control would cost and who bears it, where allies hold the leverage, whether an acquisition needs a filing, and what our science-and-technology agreements protect."
        actions={
          <Link className="btn btn-secondary" to="/policy/trade-data">
            Trade data
          </Link>
        }
      />
      <div role="tablist" aria-label="Policy analyses" className="policy-tabs">
        {TABS.map(([id, label]) => (
          <button key={id} role="tab" type="button" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <Panel />
    </>
  );
}
