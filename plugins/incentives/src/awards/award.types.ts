import { fieldMessage, msg, SensitiveField } from '@cadre/sdk';
import { Field, Float, ID, InputType, ObjectType } from '@cadre/sdk/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Matches, MaxLength, Min } from '@cadre/sdk/validation';
import { P } from '../shared/permissions.js';
import { AWARD_KINDS } from './award.entity.js';

@ObjectType('IncentivesAward', { description: 'An innovation award: nominated → approved → paid (or rejected)' })
export class AwardType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  personName: string;

  @Field(() => ID, { nullable: true })
  nominatedById: string | null;

  @Field(() => String, { nullable: true })
  nominatedByName: string | null;

  @Field({ description: "'idea', 'paper', 'patent' or 'open-source'" })
  kind: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field({ description: "'nominated', 'approved', 'rejected' or 'paid'" })
  status: string;

  @SensitiveField(() => Float, { permission: P.compReadAll, subject: (a: AwardType) => a.personId, description: 'Minor units' })
  amount: number | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @SensitiveField(() => String, { permission: P.awardsWrite, subject: (a: AwardType) => a.personId })
  decisionNote: string | null;

  @Field(() => String, { nullable: true })
  decidedAt: string | null;

  @Field(() => String, { nullable: true })
  paidAt: string | null;

  @Field()
  createdAt: string;
}

@InputType('NominateAwardInput')
export class NominateAwardInput {
  @Field(() => ID)
  @IsString()
  personId: string;

  @Field({ description: "'idea', 'paper', 'patent' or 'open-source'" })
  @IsIn(AWARD_KINDS, { message: fieldMessage(msg`must be one of ${AWARD_KINDS.join(', ')}`) })
  kind: string;

  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(8000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'must be a URL such as https://arxiv.org/abs/…' })
  @MaxLength(500)
  link?: string | null;
}

@InputType('ApproveAwardInput')
export class ApproveAwardInput {
  @Field(() => Float, { description: 'Minor units' })
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0, { message: 'must not be negative' })
  amount: number;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code such as CNY' })
  currency: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
