import { FloatColumn, IdColumn, MoneyColumn, TenantEntity } from '@cadre/sdk';
import { Entity } from '@cadre/sdk/orm';

/** An eligible person of a pool, with an optional own weight, floor and cap. */
@Entity('incentives_bonus_pool_members')
export class BonusPoolMemberEntity extends TenantEntity {
  @IdColumn()
  poolId: string;

  @IdColumn()
  personId: string;

  @FloatColumn({ nullable: true })
  weight: number | null;

  @MoneyColumn({ nullable: true })
  floor: number | null;

  @MoneyColumn({ nullable: true })
  cap: number | null;
}
