import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structurePlugin } from '../src/index.js';
import { codeOf, fieldOf, outboxEvents, personId, unitId } from './support.js';

const UNIT = 'id name kind parentId leadId lead { id name } depth path childIds memberCount totalMemberCount';

describe('org units', () => {
  let server: TestServer;
  let owner: GraphQLClient;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  beforeAll(async () => {
    server = await createTestServer({ plugins: [structurePlugin] });
    [owner, hr, manager, employee] = await Promise.all([server.loginAs('owner'), server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee')]);
  });
  afterAll(() => server?.close());

  it('seeds the lab as a tree with leads, and everyone in a unit', async () => {
    const { orgUnits } = await employee.data(`{ orgUnits { ${UNIT} } }`);
    expect(orgUnits.map((u: { name: string }) => u.name)).toEqual([
      'Leadership', 'Research', 'Pre-training', 'Alignment', 'Multimodal', 'Engineering', 'ML Infrastructure', 'Inference', 'Data Platform', 'Product', 'Design', 'Operations', 'People',
    ]);
    const byName = new Map(orgUnits.map((u: { name: string }) => [u.name, u]));
    const root = byName.get('Leadership') as { totalMemberCount: number; depth: number; lead: { name: string } };
    expect(root).toMatchObject({ depth: 0, totalMemberCount: 60, lead: { name: '周明远 Zhou Mingyuan' } });
    expect(byName.get('ML Infrastructure')).toMatchObject({ kind: 'TECHNICAL', depth: 2, memberCount: 7, totalMemberCount: 7, lead: { name: '高飞 Gao Fei' } });
    expect(byName.get('Engineering')).toMatchObject({ memberCount: 2, totalMemberCount: 20 });
    expect(byName.get('People')).toMatchObject({ kind: 'OPERATIONS', memberCount: 5 });
    const infra = byName.get('ML Infrastructure') as { path: string[]; parentId: string };
    expect(infra.path).toEqual([(root as unknown as { id: string }).id, infra.parentId, (infra as unknown as { id: string }).id]);
    const me = await personId(employee, 'employee@demo.local');
    const { person } = await employee.data('query($id: ID!) { person(id: $id) { orgUnitId } }', { id: me });
    expect(person.orgUnitId).toBe((infra as unknown as { id: string }).id);
  });

  it('draws the org chart from a unit, with members and search matches to expand', async () => {
    const research = await unitId(employee, 'Research');
    const { orgChart } = await employee.data('query($r: ID, $s: String) { orgChart(rootUnitId: $r, search: $s) { units { name depth } members { name orgUnitId } matchedUnitIds matchedPersonIds expandUnitIds } }', { r: research, s: 'priya' });
    expect(orgChart.units.map((u: { name: string }) => u.name)).toEqual(['Research', 'Pre-training', 'Alignment', 'Multimodal']);
    expect(orgChart.units[0].depth).toBe(1);
    expect(orgChart.members).toHaveLength(17);
    expect(orgChart.matchedPersonIds).toHaveLength(1);
    const alignment = await unitId(employee, 'Alignment');
    expect(orgChart.expandUnitIds).toEqual([research, alignment]);
    const byUnit = await employee.data('{ orgChart(search: "infra", includeMembers: false) { units { id } members { id } matchedUnitIds expandUnitIds } }');
    expect(byUnit.orgChart.members).toEqual([]);
    expect(byUnit.orgChart.units).toHaveLength(13);
    expect(byUnit.orgChart.matchedUnitIds).toEqual([await unitId(employee, 'ML Infrastructure')]);
    // The lead's title mentions ML Infrastructure too, so the unit itself opens to show them.
    expect(byUnit.orgChart.expandUnitIds).toEqual([await unitId(employee, 'Leadership'), await unitId(employee, 'Engineering'), await unitId(employee, 'ML Infrastructure')]);
  });

  it('lists members of a unit, directly or with sub-units', async () => {
    const engineering = await unitId(employee, 'Engineering');
    const { orgUnit } = await employee.data('query($id: ID!) { orgUnit(id: $id) { name direct: members { name } all: members(recursive: true) { name } } }', { id: engineering });
    expect(orgUnit.direct.map((m: { name: string }) => m.name).sort()).toEqual(['Mia Fischer', '王建国 Wang Jianguo']);
    expect(orgUnit.all).toHaveLength(20);
  });

  it('loads members per unit for the chart, and search matches without loading members', async () => {
    const [infra, engineering] = [await unitId(employee, 'ML Infrastructure'), await unitId(employee, 'Engineering')];
    const { orgUnitMembers } = await employee.data('query($ids: [ID!]!) { orgUnitMembers(unitIds: $ids) { name orgUnitId } }', { ids: [infra, engineering] });
    expect(orgUnitMembers).toHaveLength(9);
    expect(new Set(orgUnitMembers.map((m: { orgUnitId: string }) => m.orgUnitId))).toEqual(new Set([infra, engineering]));
    const names = orgUnitMembers.map((m: { name: string }) => m.name);
    expect(names).toEqual([...names].sort());

    const { orgChart } = await employee.data('{ orgChart(search: "Zhu Chen", includeMembers: false) { members { id } matchedPersonIds matchedPeople { name orgUnitId } } }');
    expect(orgChart.members).toEqual([]);
    expect(orgChart.matchedPeople).toEqual([{ name: expect.stringContaining('Zhu Chen'), orgUnitId: infra }]);
    expect(orgChart.matchedPersonIds).toHaveLength(1);

    // Bad input is named and nothing is loaded.
    const unknown = await employee.request('query($ids: [ID!]!) { orgUnitMembers(unitIds: $ids) { id } }', { ids: [infra, 'no-such-unit'] });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(fieldOf(unknown)).toBe('unitIds');
    const tooMany = await employee.request('query($ids: [ID!]!) { orgUnitMembers(unitIds: $ids) { id } }', { ids: Array.from({ length: 201 }, (_, i) => `u${i}`) });
    expect(fieldOf(tooMany)).toBe('unitIds');
  });

  it('counts terminated people in no unit, in the chart and in the members', async () => {
    const infra = await unitId(hr, 'ML Infrastructure');
    const before = (await hr.data('query($id: ID!) { orgUnit(id: $id) { memberCount } }', { id: infra })).orgUnit.memberCount;
    const { createPerson } = await hr.data('mutation($u: String) { createPerson(input: { name: "Gone Person", email: "gone.person@demo.local", title: "Engineer", level: "L3", orgUnitId: $u }) { id } }', { u: infra });
    expect((await hr.data('query($id: ID!) { orgUnit(id: $id) { memberCount } }', { id: infra })).orgUnit.memberCount).toBe(before + 1);
    await hr.data('mutation($id: ID!) { updatePerson(id: $id, input: { status: "terminated" }) { id } }', { id: createPerson.id });
    expect((await hr.data('query($id: ID!) { orgUnit(id: $id) { memberCount } }', { id: infra })).orgUnit.memberCount).toBe(before);
    const { orgUnitMembers } = await hr.data('query($ids: [ID!]!) { orgUnitMembers(unitIds: $ids) { id } }', { ids: [infra] });
    expect(orgUnitMembers.map((m: { id: string }) => m.id)).not.toContain(createPerson.id);
  });

  it('creates, renames, re-leads, moves and deletes units; moves are audited', async () => {
    const engineering = await unitId(hr, 'Engineering');
    const research = await unitId(hr, 'Research');
    const lead = await personId(hr, 'tang.yu@demo.local');
    const { createOrgUnit } = await hr.data(`mutation($p: ID, $l: ID) { createOrgUnit(input: { name: "Systems Architecture", kind: TECHNICAL, parentId: $p, leadId: $l }) { ${UNIT} } }`, { p: engineering, l: lead });
    expect(createOrgUnit).toMatchObject({ name: 'Systems Architecture', kind: 'TECHNICAL', parentId: engineering, leadId: lead, depth: 2, memberCount: 0 });
    const { updateOrgUnit } = await hr.data('mutation($id: ID!) { updateOrgUnit(id: $id, input: { name: "Algorithms", leadId: null, description: "Search and ranking" }) { name leadId description } }', { id: createOrgUnit.id });
    expect(updateOrgUnit).toEqual({ name: 'Algorithms', leadId: null, description: 'Search and ranking' });

    const { moveOrgUnit } = await hr.data('mutation($id: ID!, $p: ID) { moveOrgUnit(id: $id, parentId: $p) { parentId depth path } }', { id: createOrgUnit.id, p: research });
    expect(moveOrgUnit.parentId).toBe(research);
    expect(moveOrgUnit.path.at(-2)).toBe(research);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "moveOrgUnit" }) { nodes { actorEmail before after } } }', { id: createOrgUnit.id });
    expect(auditLog.nodes[0].actorEmail).toBe('hr@demo.local');
    expect(JSON.parse(auditLog.nodes[0].before).parentId).toBe(engineering);
    expect(JSON.parse(auditLog.nodes[0].after).parentId).toBe(research);

    const loop = await hr.request('mutation($id: ID!, $p: ID) { moveOrgUnit(id: $id, parentId: $p) { id } }', { id: research, p: createOrgUnit.id });
    expect(codeOf(loop)).toBe('BAD_USER_INPUT');
    expect(fieldOf(loop)).toBe('parentId');

    const busy = await hr.request('mutation($id: ID!) { deleteOrgUnit(id: $id) }', { id: research });
    expect(codeOf(busy)).toBe('CONFLICT');
    expect(busy.errors?.[0].message).toMatch(/sub-unit/);
    expect((await hr.data('mutation($id: ID!) { deleteOrgUnit(id: $id) }', { id: createOrgUnit.id })).deleteOrgUnit).toBe(true);
    expect(codeOf(await hr.request('query($id: ID!) { orgUnit(id: $id) { id } }', { id: createOrgUnit.id }))).toBe('NOT_FOUND');
  });

  it('moves a person between units through the core: audited before/after, PersonUpdated raised', async () => {
    const person = await personId(hr, 'lin.xiao@demo.local');
    const alignment = await unitId(hr, 'Alignment');
    const multimodal = await unitId(hr, 'Multimodal');
    const { assignPersonToUnit } = await hr.data('mutation($p: ID!, $u: ID) { assignPersonToUnit(personId: $p, unitId: $u) { id orgUnitId } }', { p: person, u: multimodal });
    expect(assignPersonToUnit.orgUnitId).toBe(multimodal);
    const { auditLog } = await owner.data('query($id: String) { auditLog(filter: { targetId: $id, operation: "assignPersonToUnit" }) { nodes { targetType before after } } }', { id: person });
    expect(auditLog.nodes[0].targetType).toBe('Person');
    expect(JSON.parse(auditLog.nodes[0].before)).toEqual({ orgUnitId: alignment });
    expect(JSON.parse(auditLog.nodes[0].after)).toEqual({ orgUnitId: multimodal });
    const raised = await outboxEvents(server, 'people.person-updated');
    expect(raised.some((e) => e.payload.personId === person && e.payload.fields.includes('orgUnitId'))).toBe(true);
    const members = await hr.data('query($id: ID!) { orgUnit(id: $id) { memberCount } }', { id: multimodal });
    expect(members.orgUnit.memberCount).toBe(6);
    const none = await hr.data('mutation($p: ID!) { assignPersonToUnit(personId: $p, unitId: null) { orgUnitId } }', { p: person });
    expect(none.assignPersonToUnit.orgUnitId).toBeNull();
    await hr.data('mutation($p: ID!, $u: ID) { assignPersonToUnit(personId: $p, unitId: $u) { id } }', { p: person, u: alignment });
  });

  it('reports span of control and layers against the tenant bounds', async () => {
    const query = '{ spanOfControl { bounds { spanMin spanMax maxLayers } managers { manager { email } directReports flag } units { unitName layers headcount flagged } averageSpan flaggedManagers flaggedUnits } }';
    const { spanOfControl } = await employee.data(query);
    expect(spanOfControl.bounds).toEqual({ spanMin: 3, spanMax: 8, maxLayers: 4 });
    const span = (email: string) => spanOfControl.managers.find((m: { manager: { email: string } }) => m.manager.email === email);
    expect(span('manager@demo.local')).toMatchObject({ directReports: 6, flag: 'OK' });
    expect(span('jiang.qi@demo.local')).toMatchObject({ directReports: 2, flag: 'TOO_NARROW' });
    expect(span('owner@demo.local')).toMatchObject({ directReports: 5, flag: 'OK' });
    const layers = (name: string) => spanOfControl.units.find((u: { unitName: string }) => u.unitName === name);
    expect(layers('Leadership')).toMatchObject({ layers: 4, headcount: 60, flagged: false });
    expect(layers('Research')).toMatchObject({ layers: 3, flagged: false });
    expect(layers('ML Infrastructure')).toMatchObject({ layers: 2, headcount: 7 });
    expect(spanOfControl.flaggedUnits).toBe(0);

    await owner.data('mutation { a: setSetting(key: "structure.spanMax", value: "5") { key } b: setSetting(key: "structure.maxLayers", value: "3") { key } }');
    const after = (await employee.data(query)).spanOfControl;
    expect(after.bounds).toEqual({ spanMin: 3, spanMax: 5, maxLayers: 3 });
    expect(after.managers.find((m: { manager: { email: string } }) => m.manager.email === 'manager@demo.local').flag).toBe('TOO_WIDE');
    expect(after.units.filter((u: { flagged: boolean }) => u.flagged).map((u: { unitName: string }) => u.unitName)).toEqual(['Leadership']);
    expect(after.flaggedUnits).toBe(1);
    await owner.data('mutation { a: setSetting(key: "structure.spanMax", value: "8") { key } b: setSetting(key: "structure.maxLayers", value: "4") { key } }');

    const infra = await unitId(employee, 'ML Infrastructure');
    const scoped = await employee.data('query($u: ID) { spanOfControl(unitId: $u) { managers { manager { email } } units { unitName } } }', { u: infra });
    expect(scoped.spanOfControl.managers.map((m: { manager: { email: string } }) => m.manager.email)).toEqual(['manager@demo.local']);
    expect(scoped.spanOfControl.units.map((u: { unitName: string }) => u.unitName)).toEqual(['ML Infrastructure']);
  });

  it('lets everyone read the org but only org writers change it', async () => {
    const recruiter = await server.loginAs('recruiter');
    expect((await recruiter.data('{ orgUnits { id } }')).orgUnits).toHaveLength(13);
    for (const client of [manager, employee, recruiter]) {
      expect(codeOf(await client.request('mutation { createOrgUnit(input: { name: "Shadow", kind: PRODUCT }) { id } }'))).toBe('FORBIDDEN');
    }
    const me = await personId(employee, 'employee@demo.local');
    expect(codeOf(await employee.request('mutation($p: ID!) { assignPersonToUnit(personId: $p, unitId: null) { id } }', { p: me }))).toBe('FORBIDDEN');
    expect((await owner.data('{ orgUnits { id } }')).orgUnits).toHaveLength(13);
  });

  it('names bad input and writes nothing', async () => {
    const count = async () => (await hr.data('{ orgUnits { id } }')).orgUnits.length;
    const before = await count();
    const cases: Array<[string, string, string]> = [
      ['{ name: "", kind: PRODUCT }', 'input.name', 'BAD_USER_INPUT'],
      ['{ name: "X", kind: PRODUCT, parentId: "nope" }', 'input.parentId', 'BAD_USER_INPUT'],
      ['{ name: "X", kind: PRODUCT, leadId: "nope" }', 'input.leadId', 'BAD_USER_INPUT'],
      ['{ name: "research", kind: TECHNICAL, parentId: "PARENT" }', 'input.name', 'CONFLICT'],
    ];
    const leadership = await unitId(hr, 'Leadership');
    for (const [input, field, code] of cases) {
      const r = await hr.request(`mutation { createOrgUnit(input: ${input.replace('PARENT', leadership)}) { id } }`);
      expect(fieldOf(r), input).toBe(field);
      expect(codeOf(r), input).toBe(code);
    }
    expect(codeOf(await hr.request('mutation { createOrgUnit(input: { name: "X", kind: SOMETHING }) { id } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    const person = await personId(hr, 'lin.xiao@demo.local');
    const r = await hr.request('mutation($p: ID!) { assignPersonToUnit(personId: $p, unitId: "nope") { id } }', { p: person });
    expect(fieldOf(r)).toBe('unitId');
    expect(await count()).toBe(before);
  });
});
