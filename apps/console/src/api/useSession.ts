import { useSyncExternalStore } from 'react';
import type { SessionSnapshot } from './session';
import { useClient } from './useClient';

/** The tokens and why they are absent (signed out or expired), re-rendering on every change. */
export function useSession(): SessionSnapshot {
  const { session } = useClient();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
