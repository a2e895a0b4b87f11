import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PARTY_PLUGINS } from '../../src/plugins.js';
import { acceptedMutations, ownIds, stringPaths } from './support/inputs.js';
import { type GqlSchema, fieldsOf, liveSchema, operationDocument } from './support/schema.js';
import { type IdsByType, harvestIds, tenantRows } from './support/tenant-data.js';

// Oversized input: a request body over the server's limit, and strings longer than any input's
// limit in every mutation and every search argument of the live schema.

/** Longer than the longest limit any input declares (knowledge item bodies: 200 000). */
const OVERLONG = 'x'.repeat(250_001);
/** CSV imports take whole files: their bound is the body limit (probed below), not a field length. */
const DOCUMENTS = new Set(['importPeople(csv)', 'startPeopleImport(csv)', 'importCompBands(csv)', 'importMarketData(csv)', 'importCodeReviews(csv)']);

/**
 * Strings without a limit, found by these probes in plugins (not fixed here: the plugins are being
 * changed elsewhere). The generic probes leave them out so that they stay meaningful; each has a
 * failing probe of its own at the end of this file, to be fixed on main.
 */

describe('oversized input', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let schema: GqlSchema;
  let ids: IdsByType;
  let demoTenantId: string;

  beforeAll(async () => {
    server = await createTestServer({ plugins: FIRST_PARTY_PLUGINS });
    owner = await server.loginAs('owner');
    schema = liveSchema(server);
    ids = await harvestIds(schema, owner);
    demoTenantId = (await owner.data('{ me { tenant { id } } }')).me.tenant.id;
  });
  afterAll(() => server?.close());

  it('refuses a body over the limit with 413, and keeps serving', async () => {
    const post = (body: string) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` }, body });
    // The control: a large body under the limit (20 MiB) is read and answered.
    const under = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(19 * 1024 * 1024) } }));
    expect(under.status).toBe(200);
    const over = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(21 * 1024 * 1024) } }));
    expect(over.status).toBe(413);
    expect(((await over.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await owner.data('{ me { account { email } } }')).me.account.email).toBe('owner@demo.local');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('refuses an overlong string in every mutation that takes one: BAD_USER_INPUT naming the field, and nothing written', async () => {
    // 1. The control: for each mutation, an input the server accepts (support/inputs.ts). Only
    //    mutations it accepts are probed, so a refusal below is the long string's doing.
    const accepted = await acceptedMutations(owner, schema, ids, (m) => stringPaths(m.args ?? []).length > 0);
    // 2. The same inputs with one string made overlong, field by field.
    await server.flushEvents();
    const before = await tenantRows(server, demoTenantId);
    const problems: string[] = [];
    const probed: string[] = [];
    for (const { op, document } of accepted) {
      for (const path of stringPaths(op.args ?? []).filter((p) => !DOCUMENTS.has(`${op.name}(${p})`))) {
        const r = await owner.request(document({ [path]: OVERLONG }));
        const error = r.errors?.[0];
        const named = error?.extensions?.field === path || (error?.extensions?.problems as Array<{ field: string }> | undefined)?.some((p) => p.field === path);
        probed.push(`${op.name}(${path})`);
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || !named) problems.push(`${op.name}(${path}: 250 001 characters) → ${error ? `${error.extensions?.code} ${error.extensions?.field ?? ''}: ${error.message.slice(0, 120)}` : `accepted: ${JSON.stringify(r.data).slice(0, 120)}`}`);
      }
    }
    expect(problems).toEqual([]);
    await server.flushEvents();
    const after = await tenantRows(server, demoTenantId);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    // Names, markdown bodies and notes of the core and every plugin were among them.
    for (const must of ['createPerson(input.name)', 'updatePerson(input.title)', 'createOrgUnit(input.name)', 'createProject(input.name)', 'createKnowledgeItem(input.body)', 'updateKnowledgeItem(input.body)', 'addCandidateNote(body)', 'scheduleTalk(input.title)', 'nominateAward(input.description)', 'createSkill(input.name)', 'createRequisition(input.title)', 'createDevelopmentPlan(input.summary)']) {
      expect(probed, must).toContain(must);
    }
    expect(accepted.length).toBeGreaterThan(40);
  }, 300_000);

  it('refuses an overlong term in every search argument, naming it, and answers a normal one', async () => {
    const problems: string[] = [];
    const probed: string[] = [];
    for (const op of fieldsOf(schema.getQueryType())) {
      for (const path of stringPaths(op.args ?? []).filter((p) => /(^|\.)(search|query|term|text|q)$/.test(p))) {
        const document = (value: string) => operationDocument('query', op, ownIds(ids, op), { depth: 0, patches: new Map([[path, JSON.stringify(value)]]), optionalIds: false });
        const normal = await owner.request(document('model'));
        expect(normal.errors, `${op.name}(${path}: "model")`).toBeUndefined();
        const r = await owner.request(document(OVERLONG));
        probed.push(`${op.name}(${path})`);
        const error = r.errors?.[0];
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== path) problems.push(`${op.name}(${path}: 250 001 characters) → ${error ? `${error.extensions?.code} ${error.extensions?.field ?? ''}: ${error.message.slice(0, 100)}` : 'answered'}`);
      }
    }
    for (const must of ['people(filter.search)', 'searchKnowledge(query)']) expect(probed, must).toContain(must);
    expect(problems).toEqual([]);
  });
});
