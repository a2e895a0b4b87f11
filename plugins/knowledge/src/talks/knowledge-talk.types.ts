import { IsCalendarDate } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from '@cadre/sdk/validation';
import { KnowledgePersonType, KnowledgeSkillTagType } from '../items/knowledge-item.types.js';

export enum KnowledgeTalkKind {
  TECH_TALK = 'tech_talk',
  BRAINSTORM = 'brainstorm',
}
registerEnumType(KnowledgeTalkKind, { name: 'KnowledgeTalkKind', description: 'TECH_TALK 技术分享会; BRAINSTORM 头脑风暴会' });

export enum KnowledgeTalkStatus {
  SCHEDULED = 'scheduled',
  HELD = 'held',
  CANCELLED = 'cancelled',
}
registerEnumType(KnowledgeTalkStatus, { name: 'KnowledgeTalkStatus' });

export enum KnowledgeTalkWhen {
  UPCOMING = 'upcoming',
  PAST = 'past',
}
registerEnumType(KnowledgeTalkWhen, { name: 'KnowledgeTalkWhen', description: 'UPCOMING: from now on, or still scheduled; PAST: before now' });

@ObjectType('KnowledgeTalk')
export class KnowledgeTalkType {
  @Field(() => ID)
  id: string;

  @Field(() => KnowledgeTalkKind)
  kind: KnowledgeTalkKind;

  @Field()
  title: string;

  @Field()
  abstract: string;

  @Field(() => KnowledgePersonType, { description: "The speaker (a brainstorm's facilitator)" })
  speaker: KnowledgePersonType;

  @Field(() => KnowledgePersonType, { nullable: true })
  organiser: KnowledgePersonType | null;

  @Field({ description: 'UTC ISO timestamp' })
  scheduledAt: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  location: string;

  @Field(() => String, { nullable: true })
  recordingUrl: string | null;

  @Field({ description: 'Markdown' })
  notes: string;

  @Field({ description: 'Sanitised HTML of the notes' })
  notesHtml: string;

  @Field(() => KnowledgeTalkStatus)
  status: KnowledgeTalkStatus;

  @Field(() => [KnowledgeSkillTagType])
  skills: KnowledgeSkillTagType[];

  @Field(() => [KnowledgePersonType])
  invitees: KnowledgePersonType[];

  @Field(() => [KnowledgePersonType], { description: 'Who attended (recorded after the talk)' })
  attendees: KnowledgePersonType[];

  @Field({ description: 'Whether the viewer may edit it and record attendance' })
  canEdit: boolean;
}

@InputType()
export class ScheduleTalkInput {
  @Field(() => KnowledgeTalkKind, { defaultValue: KnowledgeTalkKind.TECH_TALK })
  @IsEnum(KnowledgeTalkKind)
  kind: KnowledgeTalkKind;

  @Field()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  abstract: string;

  @Field(() => ID)
  speakerId: string;

  @Field({ description: 'UTC ISO timestamp' })
  @IsISO8601({ strict: true }, { message: 'must be an ISO timestamp such as 2026-03-01T10:00:00Z' })
  scheduledAt: string;

  @Field(() => Int, { defaultValue: 60 })
  @IsInt()
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(480, { message: 'must be at most 8 hours' })
  durationMinutes: number;

  @Field({ defaultValue: '' })
  @MaxLength(200)
  location: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/i, { message: 'must be an http(s) URL' })
  recordingUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  skillIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  inviteeIds?: string[];
}

@InputType()
export class UpdateTalkInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  abstract?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO timestamp such as 2026-03-01T10:00:00Z' })
  scheduledAt?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  location?: string;

  @Field({ nullable: true, description: 'Markdown' })
  @IsOptional()
  @MaxLength(100_000)
  notes?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/i, { message: 'must be an http(s) URL' })
  recordingUrl?: string;

  @Field({ nullable: true, description: 'Cancels the talk (a held talk cannot be cancelled)' })
  @IsOptional()
  cancelled?: boolean;
}

@InputType()
export class KnowledgeTalkFilter {
  @Field({ nullable: true, description: 'On or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'On or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field(() => KnowledgeTalkKind, { nullable: true })
  @IsOptional()
  kind?: KnowledgeTalkKind;

  @Field(() => KnowledgeTalkStatus, { nullable: true })
  @IsOptional()
  status?: KnowledgeTalkStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  speakerId?: string;

  @Field(() => ID, { nullable: true, description: 'Talks the person was invited to or attended' })
  @IsOptional()
  attendeeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  skillId?: string;

  @Field(() => KnowledgeTalkWhen, { nullable: true })
  @IsOptional()
  when?: KnowledgeTalkWhen;
}
