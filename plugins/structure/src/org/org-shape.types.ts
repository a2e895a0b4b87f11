import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { OrgPersonType } from '../shared/person-ref.js';

export enum SpanFlagEnum {
  OK = 'ok',
  TOO_NARROW = 'too_narrow',
  TOO_WIDE = 'too_wide',
}
registerEnumType(SpanFlagEnum, { name: 'StructureSpanFlag' });

@ObjectType('StructureShapeBounds', { description: "Tenant settings 'structure.spanMin', 'structure.spanMax', 'structure.maxLayers'" })
export class ShapeBoundsType {
  @Field(() => Int)
  spanMin: number;

  @Field(() => Int)
  spanMax: number;

  @Field(() => Int)
  maxLayers: number;
}

@ObjectType('StructureManagerSpan')
export class ManagerSpanType {
  @Field(() => OrgPersonType)
  manager: OrgPersonType;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => Int)
  directReports: number;

  @Field(() => SpanFlagEnum)
  flag: SpanFlagEnum;
}

@ObjectType('StructureUnitLayers')
export class UnitLayersType {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => Int)
  headcount: number;

  @Field(() => Int, { description: 'Longest reporting chain inside the unit and its sub-units, counted in people (lead included)' })
  layers: number;

  @Field({ description: 'More layers than maxLayers' })
  flagged: boolean;
}

@ObjectType('StructureSpanReport')
export class SpanReportType {
  @Field(() => ShapeBoundsType)
  bounds: ShapeBoundsType;

  @Field(() => [ManagerSpanType], { description: 'Everyone with direct reports, widest span first' })
  managers: ManagerSpanType[];

  @Field(() => [UnitLayersType])
  units: UnitLayersType[];

  @Field(() => Float, { description: 'Mean direct reports per manager' })
  averageSpan: number;

  @Field(() => Int)
  flaggedManagers: number;

  @Field(() => Int)
  flaggedUnits: number;
}
