import { TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** A career track: individual contributor or management. */
@Entity('development_ladders')
export class CareerLadderEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 20 })
  track: 'ic' | 'management';

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;
}
