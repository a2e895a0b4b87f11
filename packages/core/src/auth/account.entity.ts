import { Column, Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn } from '../database/columns.js';

@Entity('accounts')
export class AccountEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @IdColumn({ nullable: true })
  personId: string | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;
}
