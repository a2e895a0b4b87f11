import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** Which job family a person's pay is compared in (the core's person record has none). */
@Entity('attraction_person_job_families')
export class PersonJobFamilyEntity extends TenantEntity {
  @IdColumn()
  personId: string;

  @Column({ type: 'varchar', length: 60 })
  jobFamily: string;
}
