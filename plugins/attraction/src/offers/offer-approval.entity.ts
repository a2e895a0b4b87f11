import { IdColumn, TenantEntity } from '@cadre/sdk';
import { Column, Entity } from '@cadre/sdk/orm';
import type { ApprovalKind } from '../shared/approvals.js';

/** A signature (or refusal) on one version of an offer. */
@Entity('attraction_offer_approvals')
export class OfferApprovalEntity extends TenantEntity {
  @IdColumn()
  offerId: string;

  @Column({ type: 'integer' })
  offerVersion: number;

  @Column({ type: 'varchar', length: 20 })
  kind: ApprovalKind;

  @Column({ type: 'varchar', length: 10 })
  decision: 'approved' | 'refused';

  @IdColumn({ nullable: true })
  approverAccountId: string | null;

  @IdColumn({ nullable: true })
  approverPersonId: string | null;

  @Column({ type: 'varchar', length: 320, default: '' })
  approverEmail: string;

  @Column({ type: 'text', default: '' })
  comment: string;
}
