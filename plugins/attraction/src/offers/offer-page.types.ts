// The offers list as a keyset connection: sortable fields and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { OfferType } from './offer.types.js';

export enum OfferSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}
registerEnumType(OfferSortField, { name: 'AttractionOfferSortField' });

export const OfferSort = SortInput<OfferSortField>(OfferSortField, 'AttractionOfferSort');
export type OfferSort = InstanceType<typeof OfferSort>;

@ObjectType('AttractionOfferConnection')
export class OfferConnection extends Connection(OfferType) {}
