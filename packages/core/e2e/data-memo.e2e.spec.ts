import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../src/database/data.service.js';
import { RequestContexts, type RequestContext } from '../src/context/request-context.js';
import { createTestServer, type TestServer } from '../src/testing/index.js';

/** DataService.memo: one load per request and tenant, never inside a transaction or for background work. */
describe('DataService.memo', () => {
  let server: TestServer;
  let data: DataService;
  beforeAll(async () => {
    server = await createTestServer({ seed: false });
    data = server.app.app.get(DataService);
  });
  afterAll(() => server?.close());

  const request = (tenantId: string): RequestContext => ({ requestId: `r-${tenantId}`, tenantId, roles: [], permissions: new Set() });
  const counter = () => {
    let calls = 0;
    return { load: async () => ++calls, get calls() { return calls; } };
  };

  it('loads once per request and tenant, and again after the loaders are dropped (a mutation)', async () => {
    const c = counter();
    const ctx = request('t1');
    await RequestContexts.run(ctx, async () => {
      expect(await Promise.all([data.memo('x', c.load), data.memo('x', c.load)])).toEqual([1, 1]);
      expect(await data.memo('x', c.load)).toBe(1);
    });
    expect(c.calls).toBe(1);
    await RequestContexts.run(request('t1'), () => data.memo('x', c.load));
    expect(c.calls).toBe(2);
    ctx.loaders!.clear();
    expect(await RequestContexts.run(ctx, () => data.memo('x', c.load))).toBe(3);
  });

  it('reads again inside a transaction, for background work and without a request', async () => {
    const c = counter();
    await RequestContexts.run(request('t1'), async () => {
      await data.memo('y', c.load);
      await data.transaction(async () => {
        await data.memo('y', c.load);
        await data.memo('y', c.load);
      });
    });
    expect(c.calls).toBe(3);
    await RequestContexts.run(RequestContexts.system('t1'), async () => {
      await data.memo('y', c.load);
      await data.memo('y', c.load);
    });
    await data.memo('y', c.load);
    expect(c.calls).toBe(6);
  });

  it('forgets a failed load, so the next caller tries again', async () => {
    let calls = 0;
    const load = async () => { calls++; if (calls === 1) throw new Error('boom'); return calls; };
    await RequestContexts.run(request('t1'), async () => {
      await expect(data.memo('z', load)).rejects.toThrow('boom');
      expect(await data.memo('z', load)).toBe(2);
    });
  });
});
