/**
 * The ten categories and five product groups that the first two characters of an ECCN name
 * (15 CFR 738.2(a) and (b)). EU Annex I, the UK list and the Wassenaar Dual-Use List share
 * this structure (Annex I "General notes", WA-LIST structure), so one table titles all of them.
 */

export const CATEGORY_TITLES: Readonly<Record<string, string>> = {
  '0': 'Nuclear materials, facilities, and equipment [and miscellaneous items]',
  '1': 'Materials, chemicals, microorganisms, and toxins',
  '2': 'Materials processing',
  '3': 'Electronics',
  '4': 'Computers',
  '5': 'Telecommunications (Part 1) and information security (Part 2)',
  '6': 'Sensors and lasers',
  '7': 'Navigation and avionics',
  '8': 'Marine',
  '9': 'Aerospace and propulsion',
};

export const PRODUCT_GROUP_TITLES: Readonly<Record<string, string>> = {
  A: 'Systems, equipment and components',
  B: 'Test, inspection and production equipment',
  C: 'Materials',
  D: 'Software',
  E: 'Technology',
};

export const CATEGORY_CITATION = '15 CFR 738.2(a)-(b)';
