import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';

@ObjectType('AttractionFunnelStage')
export class FunnelStageType {
  @Field() stage: string;
  @Field(() => Int, { description: 'Candidates who got at least this far' }) reached: number;
  @Field(() => Int, { description: 'Candidates in this stage now' }) current: number;
  @Field(() => Float, { nullable: true, description: 'reached(next) / reached(this)' }) conversionToNext: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean days of completed stays in this stage' }) avgDaysInStage: number | null;
}

@ObjectType('AttractionSourceStats')
export class SourceStatsType {
  @Field() source: string;
  @Field(() => Int) candidates: number;
  @Field(() => Int, { description: 'Reached interviews' }) interviewed: number;
  @Field(() => Int, { description: 'Reached the offer stage' }) offered: number;
  @Field(() => Int) hires: number;
  @Field(() => Float, { nullable: true }) interviewRate: number | null;
  @Field(() => Float, { nullable: true }) hireRate: number | null;
}

@ObjectType('AttractionFunnel')
export class FunnelType {
  @Field(() => ID, { nullable: true, description: 'Null for the overall funnel' }) requisitionId: string | null;
  @Field(() => String, { nullable: true }) requisitionTitle: string | null;
  @Field(() => Int) candidates: number;
  @Field(() => Int) active: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int) hires: number;
  @Field(() => [FunnelStageType]) stages: FunnelStageType[];
  @Field(() => Float, { nullable: true, description: 'Days from sourced to hired' }) timeToHireDaysAvg: number | null;
  @Field(() => Float, { nullable: true }) timeToHireDaysMedian: number | null;
  @Field(() => Int, { description: 'Offers approved and put to the candidate' }) offersExtended: number;
  @Field(() => Int) offersAccepted: number;
  @Field(() => Int) offersDeclined: number;
  @Field(() => Float, { nullable: true, description: 'accepted / (accepted + declined)' }) offerAcceptanceRate: number | null;
  @Field(() => [SourceStatsType], { description: 'Source effectiveness, biggest source first' }) sources: SourceStatsType[];
}

@ObjectType('AttractionHiringFunnel')
export class HiringFunnelType {
  @Field(() => FunnelType) overall: FunnelType;
  @Field(() => [FunnelType]) requisitions: FunnelType[];
}
