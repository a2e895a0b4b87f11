import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

@Entity('attraction_candidate_notes')
export class CandidateNoteEntity extends TenantEntity {
  @IdColumn()
  candidateId: string;

  @IdColumn({ nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;
}
