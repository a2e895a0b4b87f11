import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, createDatabase, killAll, launch, start, startWorker, type CadreProcess, type TestDatabase } from '../support/cadre-process.js';
import { LoadClient, type GqlAnswer } from '../support/load-client.js';

// The scaled-out layout as an operator runs it: two stateless servers and two `cadre worker`
// processes on one PostgreSQL database and one Redis, with processes killed in the middle.

const REDIS_URL = process.env.REDIS_URL;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = (a: GqlAnswer) => a.transportError ?? a.errors?.[0]?.extensions?.code ?? 'OK';

async function eventually<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

describe.runIf(PG_URL && REDIS_URL)('two servers and two workers on PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const servers: CadreProcess[] = [];
  const workers: CadreProcess[] = [];
  const apis: LoadClient[] = [];

  beforeAll(async () => {
    db = await createDatabase('postgres');
    env = { REDIS_URL: REDIS_URL!, CADRE_QUEUES: 'none', CADRE_LOGIN_MAX_FAILURES: '5' };
    // Both servers start at the same moment on the empty database.
    const started = await Promise.all([launch(db, env), launch(db, env)]);
    for (const s of started) {
      if (!s.process) throw new Error(`a server did not start:\n${s.output}`);
      servers.push(s.process);
      apis.push(new LoadClient(s.process.url, 16));
    }
    workers.push(...(await Promise.all([startWorker(db, env), startWorker(db, env)])));
  }, 180_000);
  afterAll(async () => {
    for (const api of apis) api.close();
    await killAll();
    await db?.drop();
  });

  it('migrated and seeded once though both servers started together', async () => {
    const [migrations] = await db.query<{ n: string; d: string }>("SELECT count(*) AS n, count(DISTINCT owner || '/' || name) AS d FROM cadre_migrations");
    expect(migrations.n).toBe(migrations.d);
    expect((await db.query<{ n: string }>("SELECT count(*) AS n FROM tenants WHERE slug = 'demo'"))[0].n).toBe('1');
    for (const url of workers.map((w) => w.url)) expect(await fetch(`${url}/health`).then((r) => r.json())).toMatchObject({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('holds the sign-in limit across both servers', async () => {
    const results: string[] = [];
    for (let i = 0; i < 5; i++) results.push(code(await apis[i % 2].gql('mutation { login(email: "kevin.wu@demo.local", password: "wrong-guess", tenant: "demo") { accessToken } }')));
    expect(results).toEqual(Array(5).fill('UNAUTHENTICATED'));
    for (const api of apis) expect(code(await api.gql('mutation { login(email: "kevin.wu@demo.local", password: "demo1234", tenant: "demo") { accessToken } }'))).toBe('RATE_LIMITED');
  });

  it('refuses on one server a role removed on the other, at once', async () => {
    const [hrOnA, owner] = [await apis[0].login('hr@demo.local'), await apis[1].login('owner@demo.local')];
    const PAY = '{ people(first: 1, filter: { search: "employee@demo.local" }) { nodes { compensation { base } } } }';
    expect(code(await apis[0].gql(PAY, {}, hrOnA))).toBe('OK');
    const account = (await apis[1].data('{ accounts { id email } }', {}, owner)).accounts.find((a: { email: string }) => a.email === 'hr@demo.local');
    await apis[1].data('mutation($a: ID!) { setAccountRoles(accountId: $a, roles: ["employee"]) { id } }', { a: account.id }, owner);
    await sleep(300); // the invalidation travels through Redis pub/sub
    expect(code(await apis[0].gql(PAY, {}, hrOnA))).toBe('FORBIDDEN');
    await apis[1].data('mutation($a: ID!) { setAccountRoles(accountId: $a, roles: ["hr", "employee"]) { id } }', { a: account.id }, owner);
  });

  it('refuses on one server an API token revoked on the other, at once', async () => {
    const hr = await apis[1].login('hr@demo.local');
    const ME = '{ me { account { email } } }';
    const { createApiToken } = await apis[1].data('mutation { createApiToken(input: { name: "scale-out", scopes: ["people.read"] }) { token apiToken { id } } }', {}, hr);
    expect(code(await apis[0].gql(ME, {}, createApiToken.token))).toBe('OK'); // now in server A's sign-in cache
    await apis[1].data('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: createApiToken.apiToken.id }, hr);
    await sleep(300); // the invalidation travels through Redis pub/sub
    expect(code(await apis[0].gql(ME, {}, createApiToken.token))).toBe('UNAUTHENTICATED');
  });

  it('turns 200 accepted offers into exactly 200 people, with a worker and a server killed in the middle', { timeout: 600_000 }, async () => {
    const tokens = await Promise.all(apis.map(async (api) => ({ hr: await api.login('hr@demo.local'), owner: await api.login('owner@demo.local') })));
    const recruiterApi = apis[0];
    const recruiter = tokens[0].hr; // hr holds every attraction write permission (kevin.wu is rate-limited above)
    const template = (await recruiterApi.data('{ requisitions { jobFamily level hiringManagerId orgUnitId } }', {}, recruiter)).requisitions.find((r: { jobFamily: string | null }) => r.jobFamily);
    const req = (await recruiterApi.data('mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }', {
      i: { title: 'Scale-out hires', jobFamily: template.jobFamily, level: template.level, hiringManagerId: template.hiringManagerId, orgUnitId: template.orgUnitId, headcount: 200 },
    }, recruiter)).createRequisition.id;
    await apis[1].data('mutation($id: ID!) { approveRequisition(id: $id) { status } }', { id: req }, tokens[1].owner);

    const offers: Array<{ id: string; email: string; candidateId: string }> = [];
    const startDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    for (let batch = 0; batch < 200; batch += 20) {
      offers.push(...(await Promise.all(Array.from({ length: 20 }, async (_, k) => {
        const i = batch + k;
        const api = apis[i % 2];
        const token = tokens[i % 2].hr;
        const email = `scale-hire-${i}@example.com`;
        const candidateId = (await api.data('mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }', { i: { requisitionId: req, name: `Scale Hire ${i}`, email, source: 'referral' } }, token)).createCandidate.id;
        for (const s of ['screen', 'interviews', 'offer']) await api.data('mutation($id: ID!, $s: String!) { moveCandidate(id: $id, stage: $s) { stage } }', { id: candidateId, s }, token);
        const id = (await api.data('mutation($i: CreateAttractionOfferInput!) { createOffer(input: $i) { id } }', { i: { candidateId, base: 50_000_000, startDate } }, token)).createOffer.id;
        let status = (await api.data('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id }, token)).approveOffer.status;
        if (status !== 'approved') status = (await api.data('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id }, tokens[i % 2].owner)).approveOffer.status;
        expect(status).toBe('approved');
        return { id, email, candidateId };
      }))));
    }

    // Accept them all over both servers; a worker dies a third of the way, server B two thirds.
    const accept = (i: number) => apis[i % 2].gql('mutation($id: ID!) { acceptOffer(id: $id) { id } }', { id: offers[i].id }, tokens[i % 2].hr);
    const answers: GqlAnswer[] = [];
    for (let i = 0; i < 200; i += 10) {
      if (i === 70) await workers[0].stop('SIGKILL');
      if (i === 140) await servers[1].stop('SIGKILL');
      answers.push(...(await Promise.all(Array.from({ length: 10 }, (_, k) => accept(i + k)))));
    }
    expect(answers.filter((a) => !a.transportError && code(a) !== 'OK').map(code)).toEqual([]);

    // Restart what was killed; accept again what server B never answered (CONFLICT if it had committed).
    servers[1] = await start(db, env);
    apis[1].close();
    apis[1] = new LoadClient(servers[1].url, 16);
    workers[0] = await startWorker(db, env);
    const hr = await apis[1].login('hr@demo.local');
    for (let i = 0; i < 200; i++) {
      if (!answers[i].transportError) continue;
      const again = code(await apis[1].gql('mutation($id: ID!) { acceptOffer(id: $id) { id } }', { id: offers[i].id }, hr));
      expect(['OK', 'CONFLICT']).toContain(again);
    }

    const settled = await eventually('every hire to be created and linked', async () => {
      const rows = await db.query<{ email: string; n: string }>("SELECT email, count(*) AS n FROM people WHERE email LIKE 'scale-hire-%' GROUP BY email");
      const linked = await db.query<{ n: string }>('SELECT count(*) AS n FROM attraction_candidates WHERE "requisitionId" = $1 AND "hiredPersonId" IS NOT NULL', [req]);
      return rows.length === 200 && linked[0].n === '200' ? rows : undefined;
    });
    expect(settled.every((r) => r.n === '1')).toBe(true);
    const offersLinked = await db.query<{ n: string }>('SELECT count(*) AS n FROM attraction_offers WHERE "requisitionId" = $1 AND status = $2 AND "hiredPersonId" IS NOT NULL', [req, 'accepted']);
    expect(offersLinked[0].n).toBe('200');
    // Each hire event was handled once per handler, whatever was killed.
    const deliveries = await db.query<{ n: string; d: string }>(
      `SELECT count(*) AS n, count(DISTINCT "eventId" || "handlerId") AS d FROM event_deliveries WHERE "eventId" IN (SELECT id FROM outbox WHERE type = 'people.hire-requested')`,
    );
    expect(deliveries[0].n).toBe(deliveries[0].d);
    expect(Number(deliveries[0].n)).toBeGreaterThanOrEqual(200);
  });
});
