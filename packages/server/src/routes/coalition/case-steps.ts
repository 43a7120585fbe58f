/** The steps a coalition case takes, with the permission each needs: index.ts makes a route of each, schemas.ts keys
 * their bodies and answers by them, so the list is written once. */
export const ACTS = [
  ['assign', 'applications:work', 'Assign the case to an officer'],
  ['note', 'applications:work', 'Add an internal note to the case'],
  ['question', 'applications:work', 'Ask the applicant a question (stops the clock)'],
  ['advice', 'applications:advise', 'Give a department’s advice on the case'],
  ['countersign', 'applications:countersign', 'Countersign the case (a second officer)'],
  ['answer', 'applications:submit', 'Answer the agency’s question (the applicant)'],
] as const;
