import { createContext } from 'react';
import type { GraphQLClient } from './client';
import type { SessionStore } from './session';

export interface ClientContextValue {
  client: GraphQLClient;
  session: SessionStore;
}

export const ClientContext = createContext<ClientContextValue | null>(null);
