// Mounts the whole console (router, providers, shell) on a fake server, signed in or not.
import type { ConsolePart, Locale } from '@cadre/sdk/console';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { createGraphQLClient } from '../api/client';
import { SessionStore } from '../api/session';
import { ConsoleApp } from '../ConsoleApp';
import { composeConsole } from '../shell/compose';
import { CORE_DECLARATIONS } from '../shell/core-part';
import { fakeServer, type Handler } from './fake-server';

export interface ViewerFixture {
  permissions: string[];
  roles?: string[];
  name?: string;
}

export const meAnswer = ({ permissions, roles = ['employee'], name = 'Zhu Chen' }: ViewerFixture, enabledPlugins: string[] = []) => ({
  data: {
    me: {
      account: { id: 'acc-1', email: 'employee@demo.local' },
      roles,
      permissions,
      person: { id: 'p-1', name, title: 'Engineer' },
      tenant: { id: 't-1', slug: 'demo', name: 'Demo AI Lab' },
      enabledPlugins,
    },
  },
});

export interface RenderOptions {
  path?: string;
  parts?: readonly ConsolePart[];
  viewer?: ViewerFixture | null;
  /** Plugin ids the server reports as enabled; by default those of `parts`. */
  enabledPlugins?: string[];
  handlers?: Record<string, Handler>;
  locale?: Locale;
}

export function renderConsole({ path = '/', parts = [], viewer = { permissions: ['people.read'] }, enabledPlugins = parts.map((p) => p.id), handlers = {}, locale = 'en-US' }: RenderOptions = {}) {
  if (viewer) localStorage.setItem('cadre.session', JSON.stringify({ accessToken: 'access-1', refreshToken: 'refresh-1' }));
  const server = fakeServer({
    Me: () => (viewer ? meAnswer(viewer, enabledPlugins) : { data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }),
    ...handlers,
  });
  const session = new SessionStore(localStorage);
  const client = createGraphQLClient({ session, fetch: server.fetch });
  const registry = composeConsole(CORE_DECLARATIONS, parts);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <ConsoleApp registry={registry} client={client} session={session} queryClient={queryClient} locale={locale} theme="light" />
    </MemoryRouter>,
  );
  return { ...view, server, session };
}
