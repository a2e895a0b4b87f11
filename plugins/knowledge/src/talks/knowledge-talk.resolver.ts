import { RequirePermission, SortDirectionValue } from '@cadre/sdk';
import { Args, ID, Int, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { KnowledgeTalkConnection, KnowledgeTalkSort, KnowledgeTalkSortField } from './knowledge-talk-page.types.js';
import type { TalkView } from './knowledge-talk.service.js';
import { KnowledgeTalkService } from './knowledge-talk.service.js';
import { KnowledgeTalkFilter, type KnowledgeTalkKind, KnowledgeTalkType, type KnowledgeTalkStatus, ScheduleTalkInput, UpdateTalkInput } from './knowledge-talk.types.js';

const toTalkType = (v: TalkView): KnowledgeTalkType => ({
  id: v.talk.id,
  kind: v.talk.kind as KnowledgeTalkKind,
  title: v.talk.title,
  abstract: v.talk.abstract,
  speaker: v.speaker,
  organiser: v.organiser,
  scheduledAt: v.talk.scheduledAt,
  durationMinutes: v.talk.durationMinutes,
  location: v.talk.location,
  recordingUrl: v.talk.recordingUrl,
  notes: v.talk.notes,
  notesHtml: v.talk.notesHtml,
  status: v.talk.status as KnowledgeTalkStatus,
  skills: v.skills,
  invitees: v.invitees,
  attendees: v.attendees,
  canEdit: v.canEdit,
});

@Resolver(() => KnowledgeTalkType)
export class KnowledgeTalkResolver {
  constructor(private readonly service: KnowledgeTalkService) {}

  @Query(() => [KnowledgeTalkType], { description: 'Tech talks and brainstorming sessions, latest first (at most 500)' })
  @RequirePermission('knowledge.talks.read')
  async talks(@Args('filter', { type: () => KnowledgeTalkFilter, nullable: true }) filter: KnowledgeTalkFilter): Promise<KnowledgeTalkType[]> {
    return (await this.service.list(filter ?? {})).map(toTalkType);
  }

  @Query(() => KnowledgeTalkConnection, { description: 'Tech talks and brainstorming sessions, a page at a time: filtered, sorted (latest first by default) and paged on the server' })
  @RequirePermission('knowledge.talks.read')
  async talksPage(
    @Args('filter', { type: () => KnowledgeTalkFilter, nullable: true }) filter: KnowledgeTalkFilter,
    @Args('sort', { type: () => KnowledgeTalkSort, nullable: true }) sort: KnowledgeTalkSort,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<KnowledgeTalkConnection> {
    const page = await this.service.page(filter ?? {}, sort ?? { field: KnowledgeTalkSortField.SCHEDULED_AT, direction: SortDirectionValue.DESC }, first, after);
    return { ...page, nodes: page.nodes.map(toTalkType) };
  }

  @Query(() => KnowledgeTalkType)
  @RequirePermission('knowledge.talks.read')
  async talk(@Args('id', { type: () => ID }) id: string): Promise<KnowledgeTalkType> {
    return toTalkType(await this.service.get(id));
  }

  @Mutation(() => KnowledgeTalkType)
  @RequirePermission('knowledge.talks.write')
  async scheduleTalk(@Args('input') input: ScheduleTalkInput): Promise<KnowledgeTalkType> {
    return toTalkType(await this.service.schedule(input));
  }

  @Mutation(() => KnowledgeTalkType, { description: 'Notes, recording link, time, or cancellation (speaker, organiser or knowledge.talks.manage)' })
  @RequirePermission('knowledge.talks.write')
  async updateTalk(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateTalkInput): Promise<KnowledgeTalkType> {
    return toTalkType(await this.service.update(id, input));
  }

  @Mutation(() => KnowledgeTalkType, { description: 'Records who attended (replacing an earlier record) and marks the talk held' })
  @RequirePermission('knowledge.talks.write')
  async recordAttendance(@Args('talkId', { type: () => ID }) talkId: string, @Args('attendeeIds', { type: () => [ID] }) attendeeIds: string[]): Promise<KnowledgeTalkType> {
    return toTalkType(await this.service.recordAttendance(talkId, attendeeIds));
  }
}
