// The talks list as a keyset connection: sortable fields and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { KnowledgeTalkType } from './knowledge-talk.types.js';

export enum KnowledgeTalkSortField {
  SCHEDULED_AT = 'SCHEDULED_AT',
  TITLE = 'TITLE',
}
registerEnumType(KnowledgeTalkSortField, { name: 'KnowledgeTalkSortField' });

export const KnowledgeTalkSort = SortInput<KnowledgeTalkSortField>(KnowledgeTalkSortField, 'KnowledgeTalkSort');
export type KnowledgeTalkSort = InstanceType<typeof KnowledgeTalkSort>;

@ObjectType('KnowledgeTalkConnection')
export class KnowledgeTalkConnection extends Connection(KnowledgeTalkType) {}
