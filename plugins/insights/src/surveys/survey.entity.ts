import { DateColumn, IdColumn, JsonColumn, TenantEntity, TimestampColumn } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export const SURVEY_KINDS = ['engagement', 'pulse', 'custom'] as const;
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export const QUESTION_KINDS = ['likert', 'enps', 'single', 'multiple', 'text'] as const;

export interface LocalText {
  en: string;
  zh: string;
}

export interface SurveyQuestion {
  id: string;
  kind: (typeof QUESTION_KINDS)[number];
  text: LocalText;
  options: LocalText[];
  required: boolean;
}

export interface SurveyAudience {
  unitIds: string[];
  levels: string[];
}

/** A survey run: its questions are fixed once it opens. */
@Entity('insights_surveys')
export class SurveyEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  kind: (typeof SURVEY_KINDS)[number];

  @Column({ type: 'varchar', length: 20 })
  status: (typeof SURVEY_STATUSES)[number];

  @JsonColumn()
  questions: SurveyQuestion[];

  @JsonColumn()
  audience: SurveyAudience;

  @DateColumn({ nullable: true })
  closesOn: string | null;

  @TimestampColumn({ nullable: true })
  openedAt: string | null;

  @TimestampColumn({ nullable: true })
  closedAt: string | null;

  @IdColumn({ nullable: true })
  createdById: string | null;
}
