// The conference budgets of a year as a keyset connection: sortable fields, the filter, and the
// page type, which carries the sums of the whole filtered list (not of the page) per currency.
import { Connection, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsOptional, IsString, MaxLength } from '@cadre/sdk/validation';
import { DevelopmentMoneyType } from '../shared/shared.types.js';
import { DevelopmentConferenceBudgetType } from './research.types.js';

export enum DevelopmentBudgetSortField {
  ALLOCATED = 'ALLOCATED',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  SPENT = 'SPENT',
  REMAINING = 'REMAINING',
}
registerEnumType(DevelopmentBudgetSortField, { name: 'DevelopmentBudgetSortField', description: 'ALLOCATED, SPENT and REMAINING compare the amounts in minor units, whatever their currency' });

export const DevelopmentBudgetSort = SortInput<DevelopmentBudgetSortField>(DevelopmentBudgetSortField, 'DevelopmentBudgetSort');
export type DevelopmentBudgetSort = InstanceType<typeof DevelopmentBudgetSort>;

@InputType('DevelopmentBudgetFilter')
export class DevelopmentBudgetFilter {
  @Field(() => ID, { nullable: true, description: "This person's budget" })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the person's name, any case" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ObjectType('DevelopmentConferenceBudgetConnection')
export class DevelopmentConferenceBudgetConnection extends Connection(DevelopmentConferenceBudgetType) {
  @Field(() => [DevelopmentMoneyType], { description: 'Sum of the allocated amounts of every budget the filters match (all pages), per currency' })
  allocatedTotals: DevelopmentMoneyType[];

  @Field(() => [DevelopmentMoneyType], { description: 'Sum of the expenses recorded against those budgets, per currency of the budget (0 when none)' })
  spentTotals: DevelopmentMoneyType[];
}
