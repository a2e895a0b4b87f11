import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';

/** The kinds of unit the founding document names: leadership, technical groups, product, operations. */
export const ORG_UNIT_KINDS = ['leadership', 'technical', 'product', 'operations'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** A node of the org tree. Membership lives on the core person (orgUnitId), not here. */
@Entity('structure_org_units')
export class OrgUnitEntity extends TenantEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: OrgUnitKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @IdColumn({ nullable: true })
  parentId: string | null;

  /** A core person id; the lead need not be a member (a head of department sits in the parent). */
  @IdColumn({ nullable: true })
  leadId: string | null;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
