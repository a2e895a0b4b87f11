// The requisitions list as a keyset connection: sortable fields and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { RequisitionType } from './requisition.types.js';

export enum RequisitionSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}
registerEnumType(RequisitionSortField, { name: 'AttractionRequisitionSortField' });

export const RequisitionSort = SortInput<RequisitionSortField>(RequisitionSortField, 'AttractionRequisitionSort');
export type RequisitionSort = InstanceType<typeof RequisitionSort>;

@ObjectType('AttractionRequisitionConnection')
export class RequisitionConnection extends Connection(RequisitionType) {}
