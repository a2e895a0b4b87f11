import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingsService } from '../src/settings/settings.service.js';
import { RequestContexts } from '../src/context/request-context.js';
import { createTestServer, type TestServer } from '../src/testing/index.js';

describe('settings', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server?.close());

  it('stores JSON per tenant, names a bad key or value, and refuses those without the permission', async () => {
    const owner = await server.loginAs('owner');
    expect((await owner.data('mutation { setSetting(key: "core.brand", value: "{\\"colour\\":\\"teal\\"}") { key value } }')).setSetting).toEqual({ key: 'core.brand', value: '{"colour":"teal"}' });
    expect((await owner.request('mutation { setSetting(key: "Brand", value: "1") { key } }')).errors?.[0].extensions?.field).toBe('key');
    expect((await owner.request('mutation { setSetting(key: "core.brand", value: "{oops") { key } }')).errors?.[0].extensions?.field).toBe('value');
    const employee = await server.loginAs('employee');
    expect((await employee.request('{ settings { key } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('never lists or audits the value of a secret setting, while services still read it', async () => {
    const owner = await server.loginAs('owner');
    await owner.data('mutation { setSetting(key: "core.hookSecret", value: "\\"s3cr3t-value\\"") { key } }');
    const { settings } = await owner.data('{ settings { key value } }');
    expect(settings.find((s: { key: string }) => s.key === 'core.hookSecret').value).toBe('"[secret]"');
    const { auditLog } = await owner.data('{ auditLog(filter: { operation: "setSetting" }) { nodes { before after } } }');
    expect(JSON.stringify(auditLog)).not.toContain('s3cr3t-value');
    const tenantId = (await owner.data('{ me { tenant { id } } }')).me.tenant.id;
    const value = await RequestContexts.run(RequestContexts.system(tenantId), () => server.get(SettingsService).get('core.hookSecret', ''));
    expect(value).toBe('s3cr3t-value');
  });
});
