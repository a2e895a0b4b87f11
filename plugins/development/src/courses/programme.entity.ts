import { TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** A programme groups courses into a path (e.g. the first-time managers programme). */
@Entity('development_programmes')
export class ProgrammeEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  description: string;
}
