import { IdColumn, JsonColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

export type AnswerValue = { score?: number; choices?: number[]; text?: string };

/**
 * One set of answers, with the respondent's groups copied from their invitation and nothing that
 * leads back to them: a random (not time-ordered) id and the survey's opening time as createdAt.
 */
@Entity('insights_survey_responses')
export class SurveyResponseEntity extends TenantEntity {
  @IdColumn()
  surveyId: string;

  @IdColumn({ nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 20, default: '' })
  level: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  tenureBand: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  @JsonColumn()
  answers: Record<string, AnswerValue>;
}
