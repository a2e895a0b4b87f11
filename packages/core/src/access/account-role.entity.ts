import { Entity } from 'typeorm';
import { TenantEntity } from '../database/base.entity.js';
import { IdColumn } from '../database/columns.js';

@Entity('account_roles')
export class AccountRoleEntity extends TenantEntity {
  @IdColumn()
  accountId: string;

  @IdColumn()
  roleId: string;
}
