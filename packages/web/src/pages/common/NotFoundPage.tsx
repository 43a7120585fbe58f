/** Dead ends, said plainly, with a way back. */
import { PageHeader } from '../../components/PageHeader';
import { Link } from '../../lib/router';
import type { Section } from '../../nav';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="There is no page at this address." />
      <p>
        <Link to="/">Back to the dashboard</Link>
      </p>
    </>
  );
}

export function NoAccessPage({ section }: { section: Section }) {
  return (
    <>
      <PageHeader title={section.label} />
      <div className="panel panel-muted">
        <p>
          Your role does not include access to {section.label.toLowerCase()}. Ask an administrator of your organisation
          if you need it.
        </p>
      </div>
    </>
  );
}
