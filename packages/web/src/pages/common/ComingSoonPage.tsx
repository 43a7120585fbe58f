/**
 * Capabilities not built yet say so. Showing sample data here would mislead a compliance
 * officer into thinking a check ran when it did not.
 */
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import type { Section } from '../../nav';

export function ComingSoonPage({ section }: { section: Section }) {
  return (
    <>
      <PageHeader title={section.label} />
      <section className="panel panel-empty" aria-labelledby="soon-title">
        <span className="empty-icon" aria-hidden="true">
          <Icon name={section.icon} size={28} />
        </span>
        <h2 id="soon-title">Not yet available in this version</h2>
        <p>{section.summary}</p>
        <p className="muted">
          Nothing on this page is simulated: until this capability ships, no {section.label.toLowerCase()} checks are
          run.
        </p>
      </section>
    </>
  );
}
