import { fieldMessage, msg } from '@cadre/sdk';
import { Field, Float, ID, InputType, Int, ObjectType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, IsBoolean, IsCalendarDate, IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, Type, ValidateNested } from '../shared/validation.js';
import { CURRENCY_MESSAGE, CURRENCY_PATTERN, LEVEL_MESSAGE, LEVEL_PATTERN } from '../bands/comp-band.types.js';
import { SensitiveToAny } from '../shared/sensitive-to.js';
import { OFFER_STATUSES, REMOTE_OPTIONS, VESTING_FREQUENCIES } from './offer.entity.js';

const OFFERS = 'attraction.offers.read';
const subjects = (o: OfferType) => [o.hiringManagerId, o.hiredPersonId];
const money = (description: string) => ({ permission: OFFERS, subjects, description: `${description} Visible to holders of ${OFFERS}, the hiring manager's chain and the hired person.` });
const oneOf = (values: readonly string[]) => IsIn(values, { message: fieldMessage(msg`must be one of ${values.join(', ')}`) });
const wholeMinor = () => IsInt({ message: 'must be a whole number of minor units' });

@ObjectType('AttractionVesting')
export class VestingType {
  @Field(() => Int) months: number;
  @Field(() => Int) cliffMonths: number;
  @Field({ description: "'monthly', 'quarterly' or 'annual' after the cliff" }) frequency: string;
}

@ObjectType('AttractionOfferApproval')
export class OfferApprovalType {
  @Field(() => ID) id: string;
  @Field(() => Int) offerVersion: number;
  @Field({ description: "'hr', or 'exception' (the extra owner/admin approval outside the band)" }) kind: string;
  @Field({ description: "'approved' or 'refused'" }) decision: string;
  @Field(() => String, { nullable: true }) approverPersonId: string | null;
  @Field() approverEmail: string;
  @Field() comment: string;
  @Field() createdAt: string;
}

@ObjectType('AttractionOffer')
export class OfferType {
  @Field(() => ID) id: string;
  @Field(() => ID) candidateId: string;
  @Field() candidateName: string;
  @Field(() => ID) requisitionId: string;
  @Field() requisitionTitle: string;
  @Field(() => String, { nullable: true }) hiringManagerId: string | null;
  @Field(() => String, { nullable: true, description: 'The person the core created after acceptance' }) hiredPersonId: string | null;
  @Field() title: string;
  @Field() level: string;
  @Field(() => String, { nullable: true }) jobFamily: string | null;
  @Field({ description: OFFER_STATUSES.join(', ') }) status: string;
  @Field(() => Int, { description: 'Bumped by each revision; approvals count for the current version only' }) version: number;
  @Field() currency: string;
  @SensitiveToAny(() => Float, money('Yearly base in integer minor units.')) base: number | null;
  @SensitiveToAny(() => Float, money('Target bonus in percent of base.')) bonusTargetPct: number | null;
  @SensitiveToAny(() => Int, money('Equity grant in units.')) equityUnits: number | null;
  @SensitiveToAny(() => VestingType, money('Equity vesting.')) vesting: VestingType | null;
  @SensitiveToAny(() => Float, money('One-off sign-on bonus in minor units.')) signOnBonus: number | null;
  @SensitiveToAny(() => Float, money('Yearly learning and conference budget in minor units (an attraction lever).')) learningBudget: number | null;
  @SensitiveToAny(() => Float, money('base / band mid.')) compaRatio: number | null;
  @SensitiveToAny(() => Float, money('Interpolated market percentile of base (0–100).')) marketPercentile: number | null;
  @SensitiveToAny(() => Float, money('(base − min) / (max − min).')) rangePenetration: number | null;
  @SensitiveToAny(() => String, money("'below', 'within' or 'above' the band.")) bandPosition: string | null;
  @Field(() => [String]) benefits: string[];
  @Field({ description: 'Lever: the career path offered' }) careerPath: string;
  @Field(() => Int, { description: 'Lever: percent of time for self-directed innovation' }) innovationTimePct: number;
  @Field({ description: 'Lever: flexible working hours' }) flexibleHours: boolean;
  @Field({ description: "Lever: 'onsite', 'hybrid' or 'remote'" }) remoteWork: string;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field(() => String, { nullable: true }) expiresOn: string | null;
  @Field({ description: 'Outside the band (or no comparable band): needs the extra owner/admin approval' }) needsExceptionApproval: boolean;
  @Field(() => [String]) requiredApprovals: string[];
  @Field(() => [String], { description: 'Approvals the current version still needs' }) missingApprovals: string[];
  @Field(() => [OfferApprovalType], { description: 'Every approval and refusal, all versions' }) approvals: OfferApprovalType[];
  @Field(() => String, { nullable: true }) createdById: string | null;
  @Field(() => String, { nullable: true }) decidedAt: string | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field() createdAt: string;
  @Field() updatedAt: string;
}

@InputType('AttractionVestingInput')
export class VestingInput {
  @Field(() => Int, { defaultValue: 48 }) @IsInt() @Min(12, { message: 'must be 12 to 72 months' }) @Max(72, { message: 'must be 12 to 72 months' }) months: number;
  @Field(() => Int, { defaultValue: 12 }) @IsInt() @Min(0, { message: 'must be 0 to 24 months' }) @Max(24, { message: 'must be 0 to 24 months' }) cliffMonths: number;
  @Field({ defaultValue: 'monthly' }) @oneOf(VESTING_FREQUENCIES) frequency: string;
}

@InputType('AttractionOfferTermsInput', { description: 'Money in integer minor units; omitted title, level and currency come from the requisition and its band' })
export class OfferTermsInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 200) title?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(LEVEL_PATTERN, { message: LEVEL_MESSAGE }) level?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(CURRENCY_PATTERN, { message: CURRENCY_MESSAGE }) currency?: string;
  @Field(() => Float) @wholeMinor() @Min(1, { message: 'must be positive' }) @Max(Number.MAX_SAFE_INTEGER) base: number;
  @Field(() => Float, { nullable: true, description: "Defaults to the band's target" }) @IsOptional() @Min(0, { message: 'must not be negative' }) @Max(200, { message: 'must be at most 200 (percent)' }) bonusTargetPct?: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, { message: 'must not be negative' }) equityUnits: number;
  @Field(() => VestingInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => VestingInput) vesting?: VestingInput;
  @Field(() => Float, { defaultValue: 0 }) @wholeMinor() @Min(0, { message: 'must not be negative' }) @Max(Number.MAX_SAFE_INTEGER) signOnBonus: number;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(20) @Length(1, 200, { each: true, message: 'each benefit must have 1 to 200 characters' }) benefits: string[];
  @Field({ defaultValue: '' }) @MaxLength(2000) careerPath: string;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0, { message: 'must be 0 to 50 percent' }) @Max(50, { message: 'must be 0 to 50 percent' }) innovationTimePct: number;
  @Field({ defaultValue: false }) @IsBoolean() flexibleHours: boolean;
  @Field({ defaultValue: 'onsite' }) @oneOf(REMOTE_OPTIONS) remoteWork: string;
  @Field(() => Float, { defaultValue: 0 }) @wholeMinor() @Min(0, { message: 'must not be negative' }) @Max(Number.MAX_SAFE_INTEGER) learningBudget: number;
  @Field({ description: 'YYYY-MM-DD, today or later' }) @IsCalendarDate() startDate: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() expiresOn?: string | null;
}

@InputType('CreateAttractionOfferInput', { description: 'An offer for a candidate in the offer stage; it goes to approval' })
export class CreateOfferInput extends OfferTermsInput {
  @Field(() => ID) @Length(1, 36) candidateId: string;
}

@InputType('AttractionOfferFilter')
export class OfferFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) requisitionId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) candidateId?: string;
  @Field({ nullable: true }) @IsOptional() @oneOf(OFFER_STATUSES) status?: string;
}
