import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/**
 * Who was asked, with the groups they counted in when the survey opened, and whether they have
 * answered — never what they answered (that is a SurveyResponseEntity with no person on it).
 */
@Entity('insights_survey_invitations')
export class SurveyInvitationEntity extends TenantEntity {
  @IdColumn()
  surveyId: string;

  @IdColumn()
  personId: string;

  @IdColumn({ nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 20, default: '' })
  level: string;

  @Column({ type: 'varchar', length: 20, default: '' })
  tenureBand: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  @Column({ type: 'boolean', default: false })
  responded: boolean;
}
