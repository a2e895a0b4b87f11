// The staffing plan history as a keyset connection: its filter, sortable fields and page type.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsEnum, IsOptional, MaxLength } from '@cadre/sdk/validation';
import { PlanStatusEnum, StaffingPlanType } from './staffing.types.js';

export enum StaffingPlanSortField {
  CREATED_AT = 'CREATED_AT',
  TOTAL = 'TOTAL',
  STATUS = 'STATUS',
}
registerEnumType(StaffingPlanSortField, { name: 'StaffingPlanSortField' });

export const StaffingPlanSort = SortInput<StaffingPlanSortField>(StaffingPlanSortField, 'StaffingPlanSort');
export type StaffingPlanSort = InstanceType<typeof StaffingPlanSort>;

@InputType('StaffingPlanFilter')
export class StaffingPlanFilterInput {
  @Field(() => ID, { nullable: true, description: 'Plans of this unit (as staffingPlans(unitId))' })
  @IsOptional()
  @MaxLength(36)
  unitId?: string | null;

  @Field(() => PlanStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatusEnum)
  status?: PlanStatusEnum | null;
}

@ObjectType('StaffingPlanConnection')
export class StaffingPlanConnection extends Connection(StaffingPlanType) {}
