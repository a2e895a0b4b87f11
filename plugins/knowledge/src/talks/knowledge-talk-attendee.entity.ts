import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** Someone invited to a talk, and whether they attended (recorded after it is held). */
@Entity('knowledge_talk_attendees')
export class KnowledgeTalkAttendeeEntity extends TenantEntity {
  @IdColumn()
  talkId: string;

  @IdColumn()
  personId: string;

  @Column({ type: 'boolean', default: false })
  invited: boolean;

  @Column({ type: 'boolean', default: false })
  attended: boolean;
}
