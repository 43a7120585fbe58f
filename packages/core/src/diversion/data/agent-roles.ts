/**
 * Link roles that name a company-formation or registration service rather than an owner or a
 * manager: a registered agent, a company secretary firm, a nominee, a registered-office provider.
 * One such provider serving several buyers is a tie between them: C4ADS found >200 Hong Kong
 * companies shipping to Russia in Aug–Dec 2023, "many at the same registration offices"
 * (shared/docs/RED-FLAGS.md, China/Hong Kong). The word list is ours — a product heuristic, not
 * law — matched as whole words in the normalised role ("Company Secretary", "registered agent",
 * FollowTheMoney's "Representation" schema kept as the link's role by import/companies.ts).
 */
export const AGENT_ROLE_WORDS: readonly string[] = [
  'registered agent',
  'registration agent',
  'formation agent',
  'incorporation agent',
  'company secretary',
  'corporate secretary',
  'secretary',
  'nominee',
  'registered office',
  'corporate services',
  'representation',
  'agent',
];
