/** The agency directory, to show agencies by name and country rather than by their tenant ids. */
import { useQuery } from '@tanstack/react-query';
import type { Agency, Items } from './types';

export function useAgencies(): { agencies: Agency[]; name: (tenantId: string) => string } {
  const { data } = useQuery<Items<Agency>>({ queryKey: ['/agencies'] });
  const agencies = data?.items ?? [];
  const name = (tenantId: string) => {
    const a = agencies.find((x) => x.tenantId === tenantId);
    return a ? `${a.name} (${a.country})` : 'another agency';
  };
  return { agencies, name };
}
