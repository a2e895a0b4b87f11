import { IdColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const TALK_KINDS = ['tech_talk', 'brainstorm'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];
export const TALK_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type TalkStatus = (typeof TALK_STATUSES)[number];

/** A tech talk (技术分享会) or brainstorming session (头脑风暴会). */
@Entity('knowledge_talks')
export class KnowledgeTalkEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 20 })
  kind: TalkKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  abstract: string;

  /** The speaker (a brainstorm's facilitator). */
  @IdColumn()
  speakerId: string;

  @IdColumn({ nullable: true })
  organiserId: string | null;

  @TimestampColumn()
  scheduledAt: string;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  recordingUrl: string | null;

  /** Markdown notes and their rendered, sanitised HTML. */
  @Column({ type: 'text' })
  notes: string;

  @Column({ type: 'text' })
  notesHtml: string;

  @Column({ type: 'varchar', length: 20 })
  status: TalkStatus;

  @JsonColumn()
  skillIds: string[];
}
