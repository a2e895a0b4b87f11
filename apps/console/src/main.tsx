import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createGraphQLClient } from './api/client';
import { SessionStore } from './api/session';
import { ConsoleApp } from './ConsoleApp';
import { PLUGIN_CONSOLE_PARTS } from './plugins';
import { createQueryClient } from './query-client';
import { initialLocale } from './i18n/translate';
import { composeConsole } from './shell/compose';
import { CORE_DECLARATIONS } from './shell/core-part';

const session = new SessionStore();
// A sign-in, refresh or sign-out in another tab replaces ours (refresh tokens are single-use).
window.addEventListener('storage', (event) => {
  if (event.key === 'cadre.session') session.syncFromStorage();
});

const registry = composeConsole(CORE_DECLARATIONS, PLUGIN_CONSOLE_PARTS);
// Read per request: switching the language (remembered in storage) switches the API's messages too.
const client = createGraphQLClient({ session, language: () => initialLocale() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <ConsoleApp registry={registry} client={client} session={session} queryClient={createQueryClient()} />
    </BrowserRouter>
  </StrictMode>,
);
