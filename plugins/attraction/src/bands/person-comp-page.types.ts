// People's pay positions as a keyset connection (the console's Pay positions page): sortable
// fields, the filter, and the page type with how many of the filtered people sit where in band.
import { Connection, fieldMessage, msg, SortInput } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from '../shared/validation.js';
import { PersonCompPositionType } from './person-comp.types.js';

export enum PayPositionSortField {
  NAME = 'NAME',
  COMPA_RATIO = 'COMPA_RATIO',
  MARKET_PERCENTILE = 'MARKET_PERCENTILE',
}
registerEnumType(PayPositionSortField, { name: 'AttractionPayPositionSortField', description: 'People without the number sort last either way' });

export const PayPositionSort = SortInput<PayPositionSortField>(PayPositionSortField, 'AttractionPayPositionSort');
export type PayPositionSort = InstanceType<typeof PayPositionSort>;

export const BAND_POSITIONS = ['below', 'within', 'above', 'none'] as const;
export type BandPositionFilter = (typeof BAND_POSITIONS)[number];

@InputType('AttractionPayPositionFilter')
export class PayPositionFilter {
  @Field(() => String, { nullable: true, description: "Part of the person's name, any case" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: "This manager's team: their reports, direct and indirect (not the manager)" })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: 'This level exactly (any case)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  level?: string | null;

  @Field(() => String, { nullable: true, description: 'This job family (mapped, or inferred from the title)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  jobFamily?: string | null;

  @Field(() => String, { nullable: true, description: "'below', 'within' or 'above' their band, or 'none' (no band, pay or matching currency)" })
  @IsOptional()
  @IsIn(BAND_POSITIONS, { message: fieldMessage(msg`must be one of ${BAND_POSITIONS.join(', ')}`) })
  bandPosition?: BandPositionFilter | null;
}

@ObjectType('AttractionBandPositionCount')
export class BandPositionCountType {
  @Field({ description: "'below', 'within', 'above' or 'none'" }) bandPosition: string;
  @Field(() => Int) count: number;
}

@ObjectType('AttractionPersonCompPositionConnection')
export class PersonCompPositionConnection extends Connection(PersonCompPositionType) {
  @Field(() => [BandPositionCountType], { description: 'How many people the search, team, level and job family match sit where in their band (the bandPosition filter aside), so each choice can show its count' })
  bandPositionCounts: BandPositionCountType[];
}
