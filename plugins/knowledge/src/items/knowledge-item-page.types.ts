// The knowledge base as a keyset connection: sortable fields and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { KnowledgeItemType } from './knowledge-item.types.js';

export enum KnowledgeItemSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
}
registerEnumType(KnowledgeItemSortField, { name: 'KnowledgeItemSortField' });

export const KnowledgeItemSort = SortInput<KnowledgeItemSortField>(KnowledgeItemSortField, 'KnowledgeItemSort');
export type KnowledgeItemSort = InstanceType<typeof KnowledgeItemSort>;

@ObjectType('KnowledgeItemConnection')
export class KnowledgeItemConnection extends Connection(KnowledgeItemType) {}
