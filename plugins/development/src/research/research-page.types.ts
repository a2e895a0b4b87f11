// The research outputs list as a keyset connection: sortable fields, the filter and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from '@cadre/sdk/validation';
import { DevelopmentResearchKind, DevelopmentResearchOutputType, DevelopmentResearchStatus } from './research.types.js';

export enum DevelopmentResearchSortField {
  DATE = 'DATE',
  TITLE = 'TITLE',
  KIND = 'KIND',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(DevelopmentResearchSortField, { name: 'DevelopmentResearchSortField', description: 'DATE puts undated outputs last when descending' });

export const DevelopmentResearchSort = SortInput<DevelopmentResearchSortField>(DevelopmentResearchSortField, 'DevelopmentResearchSort');
export type DevelopmentResearchSort = InstanceType<typeof DevelopmentResearchSort>;

@InputType('DevelopmentResearchFilter')
export class DevelopmentResearchFilter {
  @Field(() => ID, { nullable: true, description: 'Outputs this person (co-)authored' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  personId?: string | null;

  @Field(() => DevelopmentResearchKind, { nullable: true })
  @IsOptional()
  @IsEnum(DevelopmentResearchKind)
  kind?: DevelopmentResearchKind | null;

  @Field(() => DevelopmentResearchStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DevelopmentResearchStatus)
  status?: DevelopmentResearchStatus | null;

  @Field(() => Int, { nullable: true, description: 'Dated in this year (2000 to 2100)' })
  @IsOptional()
  @IsInt()
  @Min(2000, { message: 'must be a year from 2000 to 2100' })
  @Max(2100, { message: 'must be a year from 2000 to 2100' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or venue, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ObjectType('DevelopmentResearchOutputConnection')
export class DevelopmentResearchOutputConnection extends Connection(DevelopmentResearchOutputType) {}
