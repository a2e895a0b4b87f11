import { createContext } from 'react';
import type { Access, ConsoleRegistry } from './compose';

export interface ShellContextValue {
  registry: ConsoleRegistry;
  /** Null until someone has signed in. */
  access: Access | null;
}

export const ShellContext = createContext<ShellContextValue | null>(null);
