/**
 * What `dualuse determine --help` says about jurisdictions, read from the core registry
 * (licensing/jurisdictions): a jurisdiction added there is listed here with its codes and fields.
 */
import { jurisdictions } from '@dualuse/core';

/** "US, EU, UK, ..." for the command's one-line description. */
export const jurisdictionSummary = (): string =>
  jurisdictions()
    .map((j) => j.code)
    .join(', ');

/** One paragraph per jurisdiction: its law, the codes its list uses, and the item fields only its law reads. */
export function jurisdictionHelp(): string {
  const lines = ['', 'Jurisdictions (items[].classification.<code>; a determination is given for each):'];
  for (const j of jurisdictions()) {
    lines.push(`  ${j.code.padEnd(4)}${j.name}: ${j.law}`);
    lines.push(`      ${j.form.classification.hint}: a code such as ${j.classification.examples}`);
    const fields = j.form.itemFields ?? [];
    if (fields.length)
      lines.push(
        `      item fields: ${fields.map((f) => `${f.field}${f.kind === 'flag' ? ' (true/false)' : ' (number)'}`).join(', ')}`,
      );
  }
  return lines.join('\n');
}
