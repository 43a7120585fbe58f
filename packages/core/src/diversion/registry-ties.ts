/**
 * Ties between companies through one registration service (data/agent-roles.ts): the same
 * registered agent, company-secretary firm or nominee on several companies' registry records. Each
 * tie names the agent, the registry records behind it and their dates. Ours, not law: an agent
 * serving more than `maxFanOut` of the imported companies is a large provider and links nobody, as
 * a hub forwarder does in record-network.ts.
 */
import { normaliseText } from '../screening/matching/index';
import { AGENT_ROLE_WORDS } from './data/agent-roles';
import { MAX_FAN_OUT } from './record-network';

export interface RegistryLink {
  ref: string;
  kind: 'ownership' | 'directorship' | 'unknown';
  /** The agent (officer, representative) … */
  from: string;
  /** … of this company. */
  to: string;
  role?: string | null | undefined;
  startDate?: string | null | undefined;
}

export interface AgentTie {
  from: string;
  to: string;
  agent: string;
  /** Registry records naming the agent on either company. */
  links: string[];
  firstDate?: string;
  why: string;
}

const AGENT_WORDS = AGENT_ROLE_WORDS.map((w) => ` ${normaliseText(w)} `);

/** Whether a link's role names a registration service (whole words, any case or punctuation). */
export const isAgentRole = (role: string | null | undefined): boolean => {
  if (!role) return false;
  const t = ` ${normaliseText(role)} `;
  return AGENT_WORDS.some((w) => t.includes(w));
};

/** Companies served by one agent, tied pairwise through the first of them (a star, linear in size). */
export function sharedAgentTies(
  links: readonly RegistryLink[],
  name: (id: string) => string,
  maxFanOut = MAX_FAN_OUT,
): AgentTie[] {
  const byAgent = new Map<string, Map<string, RegistryLink[]>>();
  for (const l of links) {
    if (l.kind === 'ownership' || !isAgentRole(l.role)) continue;
    const clients = byAgent.get(l.from) ?? byAgent.set(l.from, new Map()).get(l.from)!;
    (clients.get(l.to) ?? clients.set(l.to, []).get(l.to)!).push(l);
  }
  const ties: AgentTie[] = [];
  for (const [agent, clients] of byAgent) {
    if (clients.size < 2 || clients.size > maxFanOut) continue;
    const [first, ...rest] = [...clients];
    for (const [client, ls] of rest) {
      const both = [...first![1], ...ls];
      const dates = both.flatMap((l) => (l.startDate ? [l.startDate] : [])).sort();
      ties.push({
        from: first![0],
        to: client,
        agent,
        links: both.map((l) => l.ref),
        ...(dates.length ? { firstDate: dates[0]! } : {}),
        why: `${name(first![0])} and ${name(client)}: same registration agent ${name(agent)} ("${first![1][0]!.role}" / "${ls[0]!.role}"; ${clients.size} companies share it; an agent serving more than ${maxFanOut} links nobody) [records ${both.map((l) => l.ref).join(', ')}]`,
      });
    }
  }
  return ties;
}
