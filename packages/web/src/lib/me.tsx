/**
 * Who is signed in, for any component that needs it (header, permission checks) without
 * threading it through every page's props.
 */
import { createContext, useContext } from 'react';
import type { Me } from './types';

export interface MeState {
  me: Me;
  signOut: () => void;
}

export const MeContext = createContext<MeState | null>(null);

export function useMe(): MeState {
  const state = useContext(MeContext);
  if (!state) throw new Error('useMe outside a signed-in layout');
  return state;
}

export function useCan(permission: string): boolean {
  return useMe().me.permissions.includes(permission);
}
