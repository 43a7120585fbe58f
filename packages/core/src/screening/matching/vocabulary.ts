/**
 * Words that say little about who a party is. Data, not code: the tables live in `data/`, one file per topic;
 * extend them when a list or a customer file shows a new form.
 */
export { LEGAL_FORMS } from './data/legal-forms';
export { ABBREVIATIONS, SYNONYMS } from './data/abbreviations';
export { HONORIFICS, PARTICLES } from './data/person-words';
export { GENERIC_ORG_WORDS, ORG_ARTICLES, ORG_LINKING_WORDS } from './data/organisation-words';
