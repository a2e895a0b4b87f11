// The surveys list as a keyset connection: sortable fields, the filter and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from '@cadre/sdk/validation';
import { InsightsSurveyKind, InsightsSurveyStatus, InsightsSurveyType } from './survey.types.js';

export enum InsightsSurveySortField {
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
  KIND = 'KIND',
  STATUS = 'STATUS',
  OPENED_AT = 'OPENED_AT',
}
registerEnumType(InsightsSurveySortField, { name: 'InsightsSurveySortField', description: 'OPENED_AT puts drafts (never opened) first when ascending' });

export const InsightsSurveySort = SortInput<InsightsSurveySortField>(InsightsSurveySortField, 'InsightsSurveySort');
export type InsightsSurveySort = InstanceType<typeof InsightsSurveySort>;

@InputType('InsightsSurveyListFilter')
export class InsightsSurveyListFilter {
  @Field(() => InsightsSurveyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InsightsSurveyStatus)
  status?: InsightsSurveyStatus | null;

  @Field(() => InsightsSurveyKind, { nullable: true })
  @IsOptional()
  @IsEnum(InsightsSurveyKind)
  kind?: InsightsSurveyKind | null;

  @Field(() => String, { nullable: true, description: 'Part of the title, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ObjectType('InsightsSurveyConnection')
export class InsightsSurveyConnection extends Connection(InsightsSurveyType) {}
