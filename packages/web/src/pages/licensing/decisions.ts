/** How decisions and review policies read to a person, and the colour each carries. */
import type { Decision, Policy } from '@dualuse/core/licensing';

export const DECISION_VIEW: Record<Decision, { label: string; tone: 'neutral' | 'green' | 'blue' | 'amber' | 'red' }> =
  {
    NOT_SUBJECT: { label: 'Not subject', tone: 'neutral' },
    NO_LICENCE_REQUIRED: { label: 'No licence required', tone: 'green' },
    LICENCE_EXCEPTION: { label: 'Licence exception', tone: 'blue' },
    LICENCE_REQUIRED: { label: 'Licence required', tone: 'amber' },
    PROHIBITED: { label: 'Prohibited', tone: 'red' },
  };

export const decisionLabel = (d: Decision, authorisation?: string): string =>
  `${DECISION_VIEW[d].label}${authorisation ? ` ${authorisation}` : ''}`;

export const policyLabel = (p: Policy): string => p.replaceAll('_', ' ');

export const JURISDICTION_VIEW: Record<string, { name: string; law: string }> = {
  US: { name: 'United States', law: 'Export Administration Regulations, 15 CFR 730–774' },
  EU: { name: 'European Union', law: 'Reg. (EU) 2021/821 and the Russia / Belarus sanctions' },
};
