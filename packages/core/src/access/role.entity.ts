import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { JsonColumn } from '../database/columns.js';

@Entity('roles')
export class RoleEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 63 })
  key: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  /** Built-in roles take their permissions from the declarations; custom ones from this list. */
  @Column({ type: 'boolean', default: false })
  builtIn: boolean;

  @JsonColumn()
  permissions: string[];
}
