import { useContext } from 'react';
import { ClientContext, type ClientContextValue } from './client-context';

export function useClient(): ClientContextValue {
  const value = useContext(ClientContext);
  if (!value) throw new Error('useClient() outside <ClientContext.Provider>');
  return value;
}
