import { fieldMessage, msg } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min, IsCalendarDate } from '../shared/validation.js';
import { JOB_FAMILY_MESSAGE, JOB_FAMILY_PATTERN } from '../shared/job-family.js';

export const LEVEL_PATTERN = /^[A-Za-z0-9-]{1,20}$/;
export const LEVEL_MESSAGE = fieldMessage(msg`must be a short level code such as P5 or M4`);
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
export const CURRENCY_MESSAGE = fieldMessage(msg`must be a three-letter ISO currency code such as CNY`);

@ObjectType('AttractionMarketRate', { description: 'Market base pay for a job family × level (integer minor units)' })
export class MarketRateType {
  @Field(() => ID) id: string;
  @Field() jobFamily: string;
  @Field() level: string;
  @Field() currency: string;
  @Field(() => Float) p25: number;
  @Field(() => Float) p50: number;
  @Field(() => Float) p75: number;
  @Field(() => Float) p90: number;
  @Field() source: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null;
  @Field() updatedAt: string;
}

@ObjectType('AttractionBand', { description: 'The pay range for a job family × level; money in integer minor units' })
export class CompBandType {
  @Field(() => ID) id: string;
  @Field() jobFamily: string;
  @Field() level: string;
  @Field() currency: string;
  @Field(() => Float) minBase: number;
  @Field(() => Float) midBase: number;
  @Field(() => Float) maxBase: number;
  @Field(() => Float, { description: 'Target bonus in percent of base' }) bonusTargetPct: number;
  @Field(() => Int, { description: 'Equity grant range in units' }) equityMin: number;
  @Field(() => Int) equityMax: number;
  @Field(() => MarketRateType, { nullable: true, description: 'Market data for the same job family × level' }) market: MarketRateType | null;
  @Field() updatedAt: string;
}

@ObjectType('AttractionCompPosition', { description: 'Where a base pay sits against its band and the market (nothing saved)' })
export class CompPositionType {
  @Field() jobFamily: string;
  @Field() level: string;
  @Field(() => Float) base: number;
  @Field() currency: string;
  @Field(() => CompBandType, { nullable: true }) band: CompBandType | null;
  @Field(() => MarketRateType, { nullable: true }) market: MarketRateType | null;
  @Field(() => Float, { nullable: true, description: 'base / band mid' }) compaRatio: number | null;
  @Field(() => Float, { nullable: true, description: 'Interpolated position of base among P25/P50/P75/P90 (0–100)' }) marketPercentile: number | null;
  @Field(() => Float, { nullable: true, description: '(base − min) / (max − min)' }) rangePenetration: number | null;
  @Field(() => String, { nullable: true, description: "'below', 'within' or 'above' the band" }) bandPosition: string | null;
  @Field({ description: 'Outside the band or no comparable band: an offer needs the extra approver' }) needsExceptionApproval: boolean;
  @Field(() => String, { nullable: true, description: 'Why a number is missing' }) note: string | null;
}

@ObjectType('AttractionImportRowError')
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Row in the file (the header is row 1)' }) row: number;
  @Field({ description: 'The CSV column' }) field: string;
  @Field() message: string;
}

@ObjectType('AttractionImportReport', { description: 'All-or-nothing: with any error nothing is written' })
export class ImportReportType {
  @Field(() => Int) rows: number;
  @Field(() => Int) imported: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => [ImportRowErrorType]) errors: ImportRowErrorType[];
}

@InputType('AttractionBandInput', { description: 'Creates the band for jobFamily × level, or replaces it' })
export class CompBandInput {
  @Field() @Matches(JOB_FAMILY_PATTERN, { message: JOB_FAMILY_MESSAGE }) jobFamily: string;
  @Field() @Matches(LEVEL_PATTERN, { message: LEVEL_MESSAGE }) level: string;
  @Field() @Matches(CURRENCY_PATTERN, { message: CURRENCY_MESSAGE }) currency: string;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) minBase: number;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) midBase: number;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) maxBase: number;
  @Field(() => Float, { defaultValue: 0 }) @Min(0, { message: 'must not be negative' }) @Max(200, { message: 'must be at most 200 (percent)' }) bonusTargetPct: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0, { message: 'must not be negative' }) equityMin: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0, { message: 'must not be negative' }) equityMax: number;
}

@InputType('AttractionMarketRateInput')
export class MarketRateInput {
  @Field() @Matches(JOB_FAMILY_PATTERN, { message: JOB_FAMILY_MESSAGE }) jobFamily: string;
  @Field() @Matches(LEVEL_PATTERN, { message: LEVEL_MESSAGE }) level: string;
  @Field() @Matches(CURRENCY_PATTERN, { message: CURRENCY_MESSAGE }) currency: string;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) p25: number;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) p50: number;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) p75: number;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) p90: number;
  @Field({ defaultValue: '' }) @MaxLength(200) source: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() asOf?: string | null;
}

@InputType('AttractionBandFilter')
export class CompBandFilter {
  @Field({ nullable: true }) @IsOptional() @MaxLength(60) jobFamily?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(20) level?: string;
}

@InputType('AttractionCompaRatioInput', { description: 'A hypothetical base against a band: give bandId, or jobFamily and level' })
export class CompaRatioInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) bandId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(JOB_FAMILY_PATTERN, { message: JOB_FAMILY_MESSAGE }) jobFamily?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(LEVEL_PATTERN, { message: LEVEL_MESSAGE }) level?: string;
  @Field(() => Float) @IsInt({ message: 'must be a whole number of minor units' }) @Min(0, { message: 'must not be negative' }) @Max(Number.MAX_SAFE_INTEGER) base: number;
  @Field({ nullable: true, description: "Defaults to the band's currency" }) @IsOptional() @Matches(CURRENCY_PATTERN, { message: CURRENCY_MESSAGE }) currency?: string;
}
