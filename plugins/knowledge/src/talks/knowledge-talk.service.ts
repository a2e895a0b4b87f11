import { ConflictError, DataService, EventBus, ForbiddenError, PeopleDirectory, RequestContexts, UserInputError, keysetPage, nowIso, type KeysetPage, type KeysetSort } from '@cadre/sdk';
import { Inject, Injectable } from '@cadre/sdk/common';
import { KnowledgeTalkHeld } from '../shared/knowledge.events.js';
import { renderMarkdown } from '../shared/markdown.js';
import { missingPerson, nextDay, toPersonRef, uniq, type PersonRef } from '../shared/people-names.js';
import type { StructureSkills } from '@cadre/plugin-structure/contracts';
import { KnowledgeTalkAttendeeEntity } from './knowledge-talk-attendee.entity.js';
import { KnowledgeTalkEntity, type TalkKind } from './knowledge-talk.entity.js';
import { msg } from '@cadre/sdk';

export const MANAGE_TALKS = 'knowledge.talks.manage';
/** Skill evidence a speaker earns when a talk tagged with the skill is held. */
export const TALK_EVIDENCE_LEVEL = 3;

export interface TalkView {
  talk: KnowledgeTalkEntity;
  speaker: PersonRef;
  organiser: PersonRef | null;
  skills: Array<{ id: string; name: string }>;
  invitees: PersonRef[];
  attendees: PersonRef[];
  canEdit: boolean;
}

export interface TalkFilter {
  from?: string;
  to?: string;
  kind?: string;
  status?: string;
  speakerId?: string;
  attendeeId?: string;
  skillId?: string;
  when?: 'upcoming' | 'past';
}

const SORTS: Record<'SCHEDULED_AT' | 'TITLE', Omit<KeysetSort<KnowledgeTalkEntity>, 'direction'>> = {
  SCHEDULED_AT: { key: 'scheduledAt', column: 't.scheduledAt', value: (t) => t.scheduledAt },
  TITLE: { key: 'title', column: 't.title', value: (t) => t.title },
};

export interface ScheduleInput {
  kind: TalkKind;
  title: string;
  abstract: string;
  speakerId: string;
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  recordingUrl?: string | null;
  skillIds?: string[];
  inviteeIds?: string[];
}

/** Tech talks and brainstorming sessions: schedule, notes, recording and attendance. */
@Injectable()
export class KnowledgeTalkService {
  constructor(
    private readonly data: DataService,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
    @Inject('structure.skills') private readonly skills: StructureSkills,
  ) {}

  async list(filter: TalkFilter): Promise<TalkView[]> {
    return this.hydrate(await this.filtered(filter).orderBy('t.scheduledAt', 'DESC').addOrderBy('t.id', 'ASC').take(500).getMany());
  }

  /** One page of the filtered talks in the given order (see keysetPage). */
  async page(filter: TalkFilter, sort: { field: keyof typeof SORTS; direction: 'ASC' | 'DESC' }, first: number, after?: string | null): Promise<KeysetPage<TalkView>> {
    const page = await keysetPage(this.filtered(filter), { first, after, sort: { ...SORTS[sort.field], direction: sort.direction }, idColumn: 't.id' });
    return { ...page, nodes: await this.hydrate(page.nodes) };
  }

  private filtered(filter: TalkFilter) {
    const q = this.data.repo(KnowledgeTalkEntity).query('t');
    if (filter.from) q.andWhere('t.scheduledAt >= :from', { from: `${filter.from}T00:00:00.000Z` });
    if (filter.to) q.andWhere('t.scheduledAt < :to', { to: nextDay(filter.to) });
    if (filter.kind) q.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter.status) q.andWhere('t.status = :status', { status: filter.status });
    if (filter.speakerId) q.andWhere('t.speakerId = :speakerId', { speakerId: filter.speakerId });
    if (filter.skillId) q.andWhere('t.skillIds LIKE :skill', { skill: `%${JSON.stringify(filter.skillId)}%` });
    if (filter.attendeeId) {
      const sub = q.subQuery().select('ta.talkId').from(KnowledgeTalkAttendeeEntity, 'ta').where('ta.personId = :attendee').andWhere('ta.tenantId = :__tenantId').getQuery();
      q.andWhere(`t.id IN ${sub}`, { attendee: filter.attendeeId });
    }
    if (filter.when === 'upcoming') q.andWhere("(t.scheduledAt >= :now OR t.status = 'scheduled')", { now: nowIso() });
    if (filter.when === 'past') q.andWhere('t.scheduledAt < :now', { now: nowIso() });
    return q;
  }

  async get(id: string): Promise<TalkView> {
    return (await this.hydrate([await this.data.repo(KnowledgeTalkEntity).get(id)]))[0];
  }

  async schedule(input: ScheduleInput): Promise<TalkView> {
    await this.requirePeople([input.speakerId], 'input.speakerId');
    const inviteeIds = uniq(input.inviteeIds ?? []).filter((id) => id !== input.speakerId);
    await this.requirePeople(inviteeIds, 'input.inviteeIds');
    const skillIds = await this.checkSkills(input.skillIds ?? []);
    const me = RequestContexts.current()?.personId ?? null;
    return this.data.transaction(async () => {
      const talks = this.data.repo(KnowledgeTalkEntity);
      const talk = await talks.save(
        talks.create({
          kind: input.kind, title: input.title.trim(), abstract: input.abstract ?? '', speakerId: input.speakerId, organiserId: me, scheduledAt: new Date(input.scheduledAt).toISOString(),
          durationMinutes: input.durationMinutes, location: input.location ?? '', recordingUrl: input.recordingUrl ?? null, notes: '', notesHtml: '', status: 'scheduled', skillIds,
        }),
      );
      const attendees = this.data.repo(KnowledgeTalkAttendeeEntity);
      await attendees.saveMany(inviteeIds.map((personId) => attendees.create({ talkId: talk.id, personId, invited: true, attended: false })));
      return this.get(talk.id);
    });
  }

  async update(id: string, input: { title?: string; abstract?: string; scheduledAt?: string; location?: string; notes?: string; recordingUrl?: string; cancelled?: boolean }): Promise<TalkView> {
    return this.data.transaction(async () => {
      const talk = await this.editable(id);
      if (input.title !== undefined) talk.title = input.title.trim();
      if (input.abstract !== undefined) talk.abstract = input.abstract;
      if (input.scheduledAt !== undefined) talk.scheduledAt = new Date(input.scheduledAt).toISOString();
      if (input.location !== undefined) talk.location = input.location;
      if (input.recordingUrl !== undefined) talk.recordingUrl = input.recordingUrl || null;
      if (input.notes !== undefined) {
        talk.notes = input.notes;
        talk.notesHtml = renderMarkdown(input.notes);
      }
      if (input.cancelled) {
        if (talk.status === 'held') throw new ConflictError('A talk that was held cannot be cancelled', 'input.cancelled');
        talk.status = 'cancelled';
      }
      await this.data.repo(KnowledgeTalkEntity).save(talk);
      return this.get(id);
    });
  }

  /** Records who attended (replacing any earlier record) and marks the talk held. */
  async recordAttendance(id: string, attendeeIds: string[]): Promise<TalkView> {
    const ids = uniq(attendeeIds);
    await this.requirePeople(ids, 'attendeeIds');
    return this.data.transaction(async () => {
      const talk = await this.editable(id);
      if (talk.status === 'cancelled') throw new ConflictError('The talk was cancelled: there is no attendance to record');
      if (talk.scheduledAt > nowIso()) throw new ConflictError('Attendance can be recorded once the talk has started');
      const repo = this.data.repo(KnowledgeTalkAttendeeEntity);
      const existing = new Map((await repo.findBy({ talkId: id })).map((a) => [a.personId, a]));
      for (const row of existing.values()) row.attended = ids.includes(row.personId);
      const added = ids.filter((pid) => !existing.has(pid)).map((personId) => repo.create({ talkId: id, personId, invited: false, attended: true }));
      await repo.saveMany([...existing.values(), ...added]);
      if (talk.status !== 'held') {
        talk.status = 'held';
        await this.data.repo(KnowledgeTalkEntity).save(talk);
        for (const skillId of [...talk.skillIds].sort()) await this.skills.addEvidence(talk.speakerId, skillId, TALK_EVIDENCE_LEVEL, 'knowledge', `Gave the talk "${talk.title}"`);
        await this.events.emit(KnowledgeTalkHeld, { talkId: id, kind: talk.kind, speakerId: talk.speakerId, attendeeIds: ids });
      }
      return this.get(id);
    });
  }

  private canEdit(talk: KnowledgeTalkEntity): boolean {
    const ctx = RequestContexts.current();
    if (!ctx) return false;
    if (ctx.system || ctx.permissions.has(MANAGE_TALKS)) return true;
    return !!ctx.personId && (ctx.personId === talk.speakerId || ctx.personId === talk.organiserId);
  }

  private async editable(id: string): Promise<KnowledgeTalkEntity> {
    const talk = await this.data.repo(KnowledgeTalkEntity).get(id);
    if (!this.canEdit(talk)) throw new ForbiddenError(msg`Only the speaker, the organiser and holders of ${MANAGE_TALKS} may change this talk`);
    return talk;
  }

  private async requirePeople(ids: string[], field: string): Promise<void> {
    if (!ids.length) return;
    const found = new Set((await this.people.byIds(ids)).map((p) => p.id));
    const unknown = ids.find((id) => !found.has(id));
    if (unknown) throw new UserInputError(field, msg`no person has the id ${unknown}`);
  }

  private async checkSkills(ids: string[]): Promise<string[]> {
    const skillIds = uniq(ids);
    if (!skillIds.length) return [];
    const known = new Set((await this.skills.skills()).map((s) => s.id));
    const unknown = skillIds.find((id) => !known.has(id));
    if (unknown) throw new UserInputError('input.skillIds', msg`no skill has the id ${unknown}`);
    return skillIds;
  }

  private async hydrate(talks: KnowledgeTalkEntity[]): Promise<TalkView[]> {
    if (!talks.length) return [];
    const ids = talks.map((t) => t.id);
    const rows = await this.data.repo(KnowledgeTalkAttendeeEntity).query('a').andWhere('a.talkId IN (:...ids)', { ids }).getMany();
    const personIds = uniq([...talks.flatMap((t) => [t.speakerId, ...(t.organiserId ? [t.organiserId] : [])]), ...rows.map((r) => r.personId)]);
    const people = new Map([...(await this.people.summaries(personIds)).values()].map((p) => [p.id, toPersonRef(p)]));
    const ref = (id: string) => people.get(id) ?? missingPerson(id);
    const names = new Map((await this.skills.skills()).map((s) => [s.id, s.name]));
    return talks.map((talk) => {
      const mine = rows.filter((r) => r.talkId === talk.id);
      return {
        talk,
        speaker: ref(talk.speakerId),
        organiser: talk.organiserId ? ref(talk.organiserId) : null,
        skills: talk.skillIds.map((id) => ({ id, name: names.get(id) ?? '(unknown skill)' })),
        invitees: mine.filter((r) => r.invited).map((r) => ref(r.personId)),
        attendees: mine.filter((r) => r.attended).map((r) => ref(r.personId)),
        canEdit: this.canEdit(talk),
      };
    });
  }
}
