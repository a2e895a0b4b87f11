import { useContext } from 'react';
import type { Access } from './compose';
import { ShellContext, type ShellContextValue } from './shell-context';

export function useShell(): ShellContextValue {
  const value = useContext(ShellContext);
  if (!value) throw new Error('useShell() outside the console shell');
  return value;
}

/** What the signed-in account may see (permissions and enabled plugins). */
export function useAccess(): Access {
  const access = useShell().access;
  if (!access) throw new Error('useAccess() before sign-in');
  return access;
}
