/** Which of the tenant's held licences covers each item that needs one — or why none does. */
import type { JurisdictionCoverage } from './types';

export function LicenceCoverage({ jurisdiction, coverage }: { jurisdiction: string; coverage: JurisdictionCoverage }) {
  return (
    <div
      className={`alert ${coverage.covered ? 'alert-success' : 'alert-warning'}`}
      role="status"
      aria-label={`${jurisdiction} licence coverage`}
    >
      <div>
        <strong>{coverage.covered ? 'Covered by a held licence' : 'No held licence covers every item'}</strong>
        <ul className="lic-list">
          {coverage.items.map((i) => (
            <li key={i.item}>
              Item {i.item} ({i.code ?? 'unclassified'}, value {i.value}, qty {i.quantity}):{' '}
              {i.licence ? (
                <>
                  licence <code>{i.licence.number}</code>
                  {i.licence.remaining_value !== undefined &&
                    ` — value left after this shipment ${i.licence.remaining_value}`}
                  {i.licence.remaining_quantity !== undefined && ` — quantity left ${i.licence.remaining_quantity}`}
                </>
              ) : i.checked.length === 0 ? (
                `no ${jurisdiction} licence is held`
              ) : (
                <ul className="lic-list">
                  {i.checked.map((c) => (
                    <li key={c.id}>
                      <code>{c.number}</code>: {c.why.join('; ')}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
