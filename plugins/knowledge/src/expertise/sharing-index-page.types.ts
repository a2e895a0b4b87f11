// The sharing index per person as a keyset connection (the console's Sharing index page): the
// sortable fields, the filter, and the page type with the formula and period it was read over.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsOptional, IsString, MaxLength } from '@cadre/sdk/validation';
import { KnowledgeSharingIndexRowType } from './expertise.types.js';

export enum SharingIndexSortField {
  INDEX = 'INDEX',
  NAME = 'NAME',
}
registerEnumType(SharingIndexSortField, { name: 'KnowledgeSharingIndexSortField' });

export const SharingIndexSort = SortInput<SharingIndexSortField>(SharingIndexSortField, 'KnowledgeSharingIndexSort');
export type SharingIndexSort = InstanceType<typeof SharingIndexSort>;

@InputType('KnowledgeSharingIndexFilter')
export class SharingIndexFilter {
  @Field(() => String, { nullable: true, description: "Part of the person's name, any case" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ObjectType('KnowledgeSharingIndexConnection')
export class KnowledgeSharingIndexConnection extends Connection(KnowledgeSharingIndexRowType) {
  @Field() formula: string;
  @Field({ description: 'YYYY-MM-DD' }) from: string;
  @Field({ description: 'YYYY-MM-DD' }) to: string;
}
