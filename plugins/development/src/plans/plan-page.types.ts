// The development plans list as a keyset connection: sortable fields, the filter and the page type.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsEnum, IsOptional } from '@cadre/sdk/validation';
import { DevelopmentPlanStatus, DevelopmentPlanType } from './plan.types.js';

export enum DevelopmentPlanSortField {
  UPDATED_AT = 'UPDATED_AT',
  CREATED_AT = 'CREATED_AT',
  STATUS = 'STATUS',
}
registerEnumType(DevelopmentPlanSortField, { name: 'DevelopmentPlanSortField' });

export const DevelopmentPlanSort = SortInput<DevelopmentPlanSortField>(DevelopmentPlanSortField, 'DevelopmentPlanSort');
export type DevelopmentPlanSort = InstanceType<typeof DevelopmentPlanSort>;

@ObjectType('DevelopmentPlanConnection')
export class DevelopmentPlanConnection extends Connection(DevelopmentPlanType) {}

@InputType()
export class DevelopmentPlanFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  personId?: string;

  @Field(() => DevelopmentPlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DevelopmentPlanStatus)
  status?: DevelopmentPlanStatus;
}
