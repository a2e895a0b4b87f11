import { Injectable } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../src/database/data.service.js';
import { EventHandler, type EventHandlerInstance } from '../src/events/event-definition.js';
import { PersonCreated, type PersonChanged } from '../src/people/people.events.js';
import { SettingsService } from '../src/settings/settings.service.js';
import type { PluginDefinition } from '../src/plugins/plugin-definition.js';
import { createTestServer, type TestServer } from '../src/testing/index.js';

/** A handler that writes in its own transaction, as plugin handlers do. */
@Injectable()
@EventHandler(PersonCreated, 'echo.count-hires')
class CountHires implements EventHandlerInstance<PersonChanged> {
  constructor(
    private readonly settings: SettingsService,
    private readonly data: DataService,
  ) {}

  async handle(event: PersonChanged): Promise<void> {
    await this.data.transaction(() => this.settings.set(`echo.seen-${event.personId.slice(-12)}`, true));
  }
}

const echo: PluginDefinition = { id: 'echo', version: '1.0.0', sdk: '^0.1.0', eventHandlers: [CountHires] };

describe('events after commit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [echo] });
  });
  afterAll(() => server?.close());

  it('delivers to handlers that write while other requests write too, without losing either', async () => {
    const hr = await server.loginAs('hr');
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => hr.request(`mutation { createPerson(input: { name: "Burst ${i}", email: "burst${i}@demo.local" }) { id } }`)),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    await server.flushEvents();
    const owner = await server.loginAs('owner');
    const { settings } = await owner.data('{ settings { key } }');
    expect(settings.filter((s: { key: string }) => s.key.startsWith('echo.seen-')).length).toBe(15);
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "createPerson" }) { totalCount } }');
    expect(auditLog.totalCount).toBe(15);
  });
});
