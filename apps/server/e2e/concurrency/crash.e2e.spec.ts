import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, killAll, start, type CadreProcess, type TestDatabase } from '../support/cadre-process.js';
import { LoadClient } from '../support/load-client.js';

// `kill -9` while people work: what was acknowledged stays, and what a change promised (its audit
// entry, the effects of its events) is there after the restart.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

describe(`kill -9 (${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`, () => {
  let db: TestDatabase;
  let server: CadreProcess;
  let api: LoadClient;

  const restart = async () => {
    api?.close();
    server = await start(db);
    api = new LoadClient(server.url, 64);
  };

  beforeAll(async () => {
    db = await createDatabase();
    await restart();
  });
  afterAll(async () => {
    api?.close();
    await killAll();
    await db?.drop();
  });

  /** The ids of everyone whose name, email or title matches `search` (all pages). */
  async function peopleMatching(token: string, search: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = (
        await api.data('query($s: String, $a: String) { people(first: 200, after: $a, filter: { search: $s }) { nodes { id } pageInfo { endCursor hasNextPage } } }', { s: search, a: after }, token)
      ).people;
      ids.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return ids;
  }

  /** Every audit entry of `operation` (all pages). */
  async function auditTargets(token: string, operation: string): Promise<Set<string>> {
    const targets = new Set<string>();
    let after: string | null = null;
    do {
      const page: { nodes: Array<{ targetId: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = (
        await api.data('query($o: String, $a: String) { auditLog(filter: { operation: $o }, first: 200, after: $a) { nodes { targetId } pageInfo { endCursor hasNextPage } } }', { o: operation, a: after }, token)
      ).auditLog;
      for (const n of page.nodes) targets.add(n.targetId);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return targets;
  }

  it('finds an audit entry for every person created before the crash', { timeout: 180_000 }, async () => {
    for (const round of [1, 2, 3]) {
      const hr = await api.login('hr@demo.local');
      let stop = false;
      const writers = Array.from({ length: 32 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          await api.gql('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: { name: `Crash ${round}-${w}-${i}`, email: `crash-${round}-${w}-${i}@example.com` } }, hr);
        }
      });
      await sleep(1500 + Math.random() * 500);
      await server.stop('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await restart();

      const owner = await api.login('owner@demo.local');
      const created = await peopleMatching(owner, `crash-${round}-`);
      expect(created.length).toBeGreaterThan(0);
      const audited = await auditTargets(owner, 'createPerson');
      const missing = created.filter((id) => !audited.has(id));
      expect(missing, `round ${round}: people created without their audit entry`).toEqual([]);
    }
  });

  it('commits neither the change nor its audit entry when the audit entry cannot be written', { timeout: 120_000 }, async () => {
    // The audit table refuses one operation, as a full disk or a broken constraint would.
    const refuse = async (on: boolean) => {
      if (db.kind === 'postgres') {
        await db.query(on
          ? `CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql;
             CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.operation = 'createPerson') EXECUTE FUNCTION refuse_audit();`
          : 'DROP TRIGGER refuse_audit ON audit_log; DROP FUNCTION refuse_audit();');
        return;
      }
      api.close();
      await server.stop('SIGTERM');
      await db.query(on ? "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.operation = 'createPerson' BEGIN SELECT RAISE(ABORT, 'audit refused'); END" : 'DROP TRIGGER refuse_audit');
      await restart();
    };
    await refuse(true);
    const hr = await api.login('hr@demo.local');
    const answer = await api.gql('mutation { createPerson(input: { name: "Audit Less", email: "audit.less@example.com" }) { id } }', {}, hr);
    expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    await refuse(false);
    const owner = await api.login('owner@demo.local');
    expect((await api.data('{ people(filter: { search: "audit.less@" }) { totalCount } }', {}, owner)).people.totalCount).toBe(0);
  });

  it('links every accepted offer to its hire, even when the server dies right after accepting', { timeout: 300_000 }, async () => {
    for (const round of [1, 2, 3]) {
      const [hr, owner, recruiter] = await Promise.all(['hr', 'owner', 'kevin.wu'].map((r) => api.login(`${r}@demo.local`)));
      const template = (await api.data('{ requisitions { title jobFamily level hiringManagerId orgUnitId status } }', {}, hr)).requisitions.find((r: { jobFamily: string | null; level: string | null }) => r.jobFamily && r.level);
      const req = (await api.data('mutation($i: CreateAttractionRequisitionInput!) { createRequisition(input: $i) { id } }', {
        i: { title: `Crash hires ${round}`, jobFamily: template.jobFamily, level: template.level, hiringManagerId: template.hiringManagerId, orgUnitId: template.orgUnitId, headcount: 10 },
      }, hr)).createRequisition.id;
      await api.data('mutation($id: ID!) { approveRequisition(id: $id) { status } }', { id: req }, owner);
      const offers: Array<{ id: string; candidateId: string; email: string }> = [];
      for (let i = 0; i < 8; i++) {
        const email = `crash-hire-${round}-${i}@example.com`;
        const candidateId = (await api.data('mutation($i: CreateAttractionCandidateInput!) { createCandidate(input: $i) { id } }', { i: { requisitionId: req, name: `Crash Hire ${round}-${i}`, email, source: 'referral' } }, recruiter)).createCandidate.id;
        for (const s of ['screen', 'interviews', 'offer']) await api.data('mutation($id: ID!, $s: String!) { moveCandidate(id: $id, stage: $s) { stage } }', { id: candidateId, s }, recruiter);
        const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
        const offer = (await api.data('mutation($i: CreateAttractionOfferInput!) { createOffer(input: $i) { id } }', { i: { candidateId, base: 50_000_000, startDate: start } }, recruiter)).createOffer.id;
        let status = (await api.data('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id: offer }, hr)).approveOffer.status;
        if (status !== 'approved') status = (await api.data('mutation($id: ID!) { approveOffer(id: $id) { status } }', { id: offer }, owner)).approveOffer.status;
        expect(status).toBe('approved');
        offers.push({ id: offer, candidateId, email });
      }

      // Accepts go out about 11 ms apart; the server dies in the middle of them.
      const answers = offers.map((o, i) => sleep(i * 11).then(() => api.gql('mutation($id: ID!) { acceptOffer(id: $id) { id } }', { id: o.id }, recruiter)));
      await sleep(40 + Math.random() * 50);
      await server.stop('SIGKILL');
      await Promise.all(answers);
      await restart();

      const token = await api.login('hr@demo.local');
      for (const o of offers) {
        const status = (await api.data('query($id: ID!) { offer(id: $id) { status } }', { id: o.id }, token)).offer.status;
        const people = async () => (await api.data('query($s: String) { people(filter: { search: $s }) { nodes { id } } }', { s: o.email }, token)).people.nodes as Array<{ id: string }>;
        if (status !== 'accepted') {
          expect(status).toBe('approved');
          expect(await people()).toEqual([]);
          continue;
        }
        const hired = await eventually(`the hire of ${o.email}`, async () => {
          const found = await people();
          const { candidate, offer } = await api.data('query($c: ID!, $o: ID!) { candidate(id: $c) { hiredPersonId } offer(id: $o) { hiredPersonId } }', { c: o.candidateId, o: o.id }, token);
          return found.length && candidate.hiredPersonId && offer.hiredPersonId ? { people: found, candidate, offer } : undefined;
        });
        expect(hired.people).toHaveLength(1);
        expect(hired.candidate.hiredPersonId).toBe(hired.people[0].id);
        expect(hired.offer.hiredPersonId).toBe(hired.people[0].id);
        const rows = db.kind === 'postgres' ? await db.query<{ hiredPersonId: string | null }>('SELECT "hiredPersonId" FROM attraction_offers WHERE id = $1', [o.id]) : null;
        if (rows) expect(rows[0].hiredPersonId).toBe(hired.people[0].id);
      }
    }
  });
});
