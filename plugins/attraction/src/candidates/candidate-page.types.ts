// The candidates list as a keyset connection: sortable fields and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { CandidateType } from './candidate.types.js';

export enum CandidateSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  NAME = 'NAME',
  STAGE_ENTERED_AT = 'STAGE_ENTERED_AT',
}
registerEnumType(CandidateSortField, { name: 'AttractionCandidateSortField' });

export const CandidateSort = SortInput<CandidateSortField>(CandidateSortField, 'AttractionCandidateSort');
export type CandidateSort = InstanceType<typeof CandidateSort>;

@ObjectType('AttractionCandidateConnection')
export class CandidateConnection extends Connection(CandidateType) {}
