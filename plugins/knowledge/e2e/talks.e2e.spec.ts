import { createTestServer, type GraphQLClient, type TestServer } from '@cadre/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../src/index.js';
import { count, outbox, personIds } from './support/demo.js';
import { createFakeStructure } from '@cadre/plugin-structure/testing';

const TALK = 'id kind title abstract status scheduledAt durationMinutes location recordingUrl notes notesHtml canEdit speaker { id } organiser { id } skills { id name } invitees { id } attendees { id }';
const SCHEDULE = `mutation($input: ScheduleTalkInput!) { scheduleTalk(input: $input) { ${TALK} } }`;
const fake = createFakeStructure();

describe('tech talks and brainstorming sessions', () => {
  let server: TestServer;
  let hr: GraphQLClient;
  let manager: GraphQLClient;
  let employee: GraphQLClient;
  let recruiter: GraphQLClient;
  let ids: Record<string, string>;
  const past = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
  beforeAll(async () => {
    server = await createTestServer({ plugins: [fake.plugin, knowledgePlugin] });
    [hr, manager, employee, recruiter] = await Promise.all([server.loginAs('hr'), server.loginAs('manager'), server.loginAs('employee'), server.loginAs('recruiter')]);
    ids = await personIds(hr);
  });
  afterAll(() => server?.close());

  it('lists the seeded talks, held ones with attendance and recordings', async () => {
    const { talks } = await employee.data(`{ talks { ${TALK} } }`);
    expect(talks.length).toBe(28);
    const held = talks.filter((t: { status: string }) => t.status === 'HELD');
    expect(held.length).toBeGreaterThan(20);
    expect(held.every((t: { attendees: unknown[] }) => t.attendees.length > 0)).toBe(true);
    expect(talks.filter((t: { status: string }) => t.status === 'SCHEDULED').length).toBe(3);
    expect(talks.some((t: { kind: string }) => t.kind === 'BRAINSTORM')).toBe(true);
    const brainstorms = await employee.data('{ talks(filter: { kind: BRAINSTORM }) { kind } }');
    expect(brainstorms.talks.every((t: { kind: string }) => t.kind === 'BRAINSTORM')).toBe(true);
  });

  it('schedules a talk, takes notes and records attendance, which marks it held', async () => {
    const { scheduleTalk } = await employee.data(SCHEDULE, {
      input: { title: 'Gang scheduling deep dive', abstract: 'How v2 places 64-GPU jobs', speakerId: ids.employee, scheduledAt: past, durationMinutes: 45, location: 'Online', skillIds: ['sk-gpu'], inviteeIds: [ids.manager, ids.hr, ids.employee] },
    });
    expect(scheduleTalk).toMatchObject({ kind: 'TECH_TALK', status: 'SCHEDULED', canEdit: true, organiser: { id: ids.employee }, skills: [{ id: 'sk-gpu', name: 'GPU scheduling' }] });
    expect(scheduleTalk.invitees.map((p: { id: string }) => p.id).sort()).toEqual([ids.manager, ids.hr].sort()); // the speaker is not their own invitee
    const upd = await employee.data(`mutation($id: ID!) { updateTalk(id: $id, input: { notes: "## Notes\\n\\n<script>x</script> topology first", recordingUrl: "https://media.demo.local/talks/gang" }) { ${TALK} } }`, { id: scheduleTalk.id });
    expect(upd.updateTalk.notesHtml).toBe('<h2>Notes</h2>\n<p>&lt;script&gt;x&lt;/script&gt; topology first</p>\n');
    expect(upd.updateTalk.recordingUrl).toBe('https://media.demo.local/talks/gang');

    const rec = await employee.data(`mutation($id: ID!, $a: [ID!]!) { recordAttendance(talkId: $id, attendeeIds: $a) { ${TALK} } }`, { id: scheduleTalk.id, a: [ids.manager, ids['alex.novak']] });
    expect(rec.recordAttendance.status).toBe('HELD');
    expect(rec.recordAttendance.attendees.map((p: { id: string }) => p.id).sort()).toEqual([ids.manager, ids['alex.novak']].sort());
    expect(rec.recordAttendance.invitees.map((p: { id: string }) => p.id).sort()).toEqual([ids.manager, ids.hr].sort());
    // Recording again replaces the list; the talk-held event and the speaker's evidence happen once.
    const again = await employee.data(`mutation($id: ID!, $a: [ID!]!) { recordAttendance(talkId: $id, attendeeIds: $a) { attendees { id } } }`, { id: scheduleTalk.id, a: [ids.hr] });
    expect(again.recordAttendance.attendees).toEqual([{ id: ids.hr }]);
    const events = (await outbox(server, 'knowledge.talk-held')).filter((e) => e.talkId === scheduleTalk.id);
    expect(events).toEqual([{ talkId: scheduleTalk.id, kind: 'tech_talk', speakerId: ids.employee, attendeeIds: [ids.manager, ids['alex.novak']] }]);
    expect(fake.state.evidence.filter((e) => e.note === 'Gave the talk "Gang scheduling deep dive"')).toEqual([
      { personId: ids.employee, skillId: 'sk-gpu', level: 3, evidence: 'knowledge', note: 'Gave the talk "Gang scheduling deep dive"' },
    ]);
    const mine = await employee.data('query($p: ID) { talks(filter: { attendeeId: $p }) { id } }', { p: ids.hr });
    expect(mine.talks.map((t: { id: string }) => t.id)).toContain(scheduleTalk.id);
    const bySkill = await employee.data('{ talks(filter: { skillId: "sk-gpu", speakerId: null }) { id skills { id } } }');
    expect(bySkill.talks.every((t: { skills: Array<{ id: string }> }) => t.skills.some((s) => s.id === 'sk-gpu'))).toBe(true);
  });

  it('refuses attendance for a future or cancelled talk, and cancelling a held one', async () => {
    const { scheduleTalk } = await manager.data(SCHEDULE, { input: { kind: 'BRAINSTORM', title: 'Q3 infra ideas', speakerId: ids.manager, scheduledAt: future } });
    const early = await manager.request('mutation($id: ID!) { recordAttendance(talkId: $id, attendeeIds: []) { id } }', { id: scheduleTalk.id });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    await manager.data('mutation($id: ID!) { updateTalk(id: $id, input: { cancelled: true }) { status } }', { id: scheduleTalk.id });
    const cancelled = await manager.request('mutation($id: ID!) { recordAttendance(talkId: $id, attendeeIds: []) { id } }', { id: scheduleTalk.id });
    expect(cancelled.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { talks } = await hr.data('{ talks(filter: { status: HELD }) { id } }');
    const heldOne = await hr.request('mutation($id: ID!) { updateTalk(id: $id, input: { cancelled: true }) { id } }', { id: talks[0].id });
    expect(heldOne.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.cancelled' });
  });

  it('lets only the speaker, the organiser and talk managers change a talk', async () => {
    const { scheduleTalk } = await manager.data(SCHEDULE, { input: { title: 'Reliability review', speakerId: ids['alex.novak'], scheduledAt: past } });
    const denied = await employee.request('mutation($id: ID!) { updateTalk(id: $id, input: { notes: "x" }) { id } }', { id: scheduleTalk.id });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await employee.data('query($id: ID!) { talk(id: $id) { canEdit } }', { id: scheduleTalk.id })).talk.canEdit).toBe(false);
    expect((await hr.data('mutation($id: ID!) { updateTalk(id: $id, input: { location: "Room 2" }) { location } }', { id: scheduleTalk.id })).updateTalk.location).toBe('Room 2');
    expect((await recruiter.data('{ talks { id } }')).talks.length).toBeGreaterThan(0);
  });

  it('names the bad field and writes nothing', async () => {
    const before = await count(server, 'knowledge_talks');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: '', speakerId: ids.employee, scheduledAt: past }, 'input.title'],
      [{ title: 'x', speakerId: 'nobody', scheduledAt: past }, 'input.speakerId'],
      [{ title: 'x', speakerId: ids.employee, scheduledAt: 'tomorrow' }, 'input.scheduledAt'],
      [{ title: 'x', speakerId: ids.employee, scheduledAt: past, durationMinutes: 1 }, 'input.durationMinutes'],
      [{ title: 'x', speakerId: ids.employee, scheduledAt: past, skillIds: ['nope'] }, 'input.skillIds'],
      [{ title: 'x', speakerId: ids.employee, scheduledAt: past, inviteeIds: ['nope'] }, 'input.inviteeIds'],
      [{ title: 'x', speakerId: ids.employee, scheduledAt: past, recordingUrl: 'javascript:alert(1)' }, 'input.recordingUrl'],
    ];
    for (const [input, field] of cases) expect((await employee.request(SCHEDULE, { input })).errors?.[0].extensions?.field, field).toBe(field);
    expect(await count(server, 'knowledge_talks')).toBe(before);
    expect((await employee.request('query($id: ID!) { talk(id: $id) { id } }', { id: 'missing' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const other = await server.createTenant('other-talks');
    expect((await other.data('{ talks { id } }')).talks).toEqual([]);
  });
});
