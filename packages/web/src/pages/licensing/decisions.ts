/** How decisions and review policies read to a person, and the colour each carries. */
import { jurisdictionOf } from '@dualuse/core/licensing';
import type { Decision, Policy } from './types';

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

/** A jurisdiction's name and law from the core registry; the code alone when the registry does not know it. */
export const jurisdictionView = (code: string): { name: string; law: string } =>
  jurisdictionOf(code) ?? { name: code, law: '' };
