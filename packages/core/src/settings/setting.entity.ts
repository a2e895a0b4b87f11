import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { JsonColumn } from '../database/columns.js';

@Entity('settings')
export class SettingEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 120 })
  key: string;

  @JsonColumn()
  value: unknown;
}
