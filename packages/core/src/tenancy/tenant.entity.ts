import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../database/base.entity.js';

@Entity('tenants')
export class TenantRecord extends BaseEntity {
  @Column({ type: 'varchar', length: 63, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;
}

