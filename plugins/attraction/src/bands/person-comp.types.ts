import { SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, InputType, ObjectType } from '@cadre/sdk/graphql';
import { IsOptional, MaxLength } from '../shared/validation.js';
import { CompBandType, MarketRateType } from './comp-band.types.js';

const PAY = 'people.compensation.read';
const subject = (p: PersonCompPositionType) => p.personId;
const who = "Visible to the person, their management chain and holders of people.compensation.read (recruiters do not see employees' pay)";

@ObjectType('AttractionPersonCompPosition', { description: "A current employee's pay against their band and the market" })
export class PersonCompPositionType {
  @Field(() => ID) personId: string;
  @Field() name: string;
  @Field() title: string;
  @Field() level: string;
  @Field(() => String, { nullable: true }) jobFamily: string | null;
  @Field({ description: "'mapped' (set in this plugin), 'inferred' (from the title) or 'none'" }) jobFamilySource: string;
  @Field(() => CompBandType, { nullable: true }) band: CompBandType | null;
  @Field(() => MarketRateType, { nullable: true }) market: MarketRateType | null;
  @SensitiveField(() => Float, { permission: PAY, subject, description: who }) base: number | null;
  @SensitiveField(() => String, { permission: PAY, subject, description: who }) currency: string | null;
  @SensitiveField(() => Float, { permission: PAY, subject, description: 'base / band mid. ' + who }) compaRatio: number | null;
  @SensitiveField(() => Float, { permission: PAY, subject, description: 'Interpolated market percentile (0–100). ' + who }) marketPercentile: number | null;
  @SensitiveField(() => Float, { permission: PAY, subject, description: who }) rangePenetration: number | null;
  @SensitiveField(() => String, { permission: PAY, subject, description: "'below', 'within' or 'above'. " + who }) bandPosition: string | null;
  @SensitiveField(() => String, { permission: PAY, subject, description: 'Why a number is missing. ' + who }) note: string | null;
}

@InputType('AttractionPersonCompFilter')
export class PersonCompFilter {
  @Field({ nullable: true }) @IsOptional() @MaxLength(60) jobFamily?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(20) level?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() personIds?: string[];
}
