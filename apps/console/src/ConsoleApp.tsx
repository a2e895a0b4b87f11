import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { Route, Routes } from 'react-router';
import type { GraphQLClient } from './api/client';
import { ClientContext } from './api/client-context';
import type { SessionStore } from './api/session';
import { PreferencesProvider } from './preferences/PreferencesProvider';
import type { ConsoleRegistry } from './shell/compose';
import { RoutePage } from './shell/RoutePage';
import { ShellContext } from './shell/shell-context';
import { SignedIn } from './shell/SignedIn';
import { NotFound } from './shell/StatusPages';
import type { ThemeMode } from './preferences/preferences-context';
import type { Locale } from '@cadre/sdk/console';

const LoginPage = lazy(() => import('./shell/LoginPage'));

export interface ConsoleAppProps {
  registry: ConsoleRegistry;
  client: GraphQLClient;
  session: SessionStore;
  queryClient: QueryClient;
  /** Pinned in tests; otherwise remembered or taken from the browser. */
  locale?: Locale;
  theme?: ThemeMode;
}

/** The whole console without its router, so tests can mount it in a MemoryRouter. */
export function ConsoleApp({ registry, client, session, queryClient, locale, theme }: ConsoleAppProps) {
  const clientValue = useMemo(() => ({ client, session }), [client, session]);
  const shellValue = useMemo(() => ({ registry, access: null }), [registry]);
  return (
    <QueryClientProvider client={queryClient}>
      <ClientContext.Provider value={clientValue}>
        <PreferencesProvider messages={registry.messages} locale={locale} theme={theme}>
          <ShellContext.Provider value={shellValue}>
            <Routes>
              <Route path="/login" element={<Suspense><LoginPage /></Suspense>} />
              <Route element={<SignedIn />}>
                {registry.routes.map((route) => (
                  <Route key={route.id} path={route.path} element={<RoutePage route={route} />} />
                ))}
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </ShellContext.Provider>
        </PreferencesProvider>
      </ClientContext.Provider>
    </QueryClientProvider>
  );
}
