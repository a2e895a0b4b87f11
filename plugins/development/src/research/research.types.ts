import { IsCalendarDate } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, Length, Matches, MaxLength, Type, ValidateNested } from '@cadre/sdk/validation';
import { DevelopmentMoneyInput, DevelopmentMoneyType, DevelopmentPersonType } from '../shared/shared.types.js';

export enum DevelopmentResearchKind {
  PUBLICATION = 'publication',
  PATENT = 'patent',
}
registerEnumType(DevelopmentResearchKind, { name: 'DevelopmentResearchKind' });

export enum DevelopmentResearchStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  ACCEPTED = 'accepted',
  PUBLISHED = 'published',
  FILED = 'filed',
  GRANTED = 'granted',
  REJECTED = 'rejected',
}
registerEnumType(DevelopmentResearchStatus, { name: 'DevelopmentResearchStatus', description: 'Publications: DRAFT, SUBMITTED, ACCEPTED, PUBLISHED, REJECTED; patents: DRAFT, FILED, GRANTED, REJECTED' });

@ObjectType('DevelopmentLinkedKnowledgeItem')
export class DevelopmentLinkedKnowledgeItemType {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  reference: string | null;
}

@ObjectType('DevelopmentResearchOutput')
export class DevelopmentResearchOutputType {
  @Field(() => ID)
  id: string;

  @Field(() => DevelopmentResearchKind)
  kind: DevelopmentResearchKind;

  @Field()
  title: string;

  @Field()
  venue: string;

  @Field(() => DevelopmentResearchStatus)
  status: DevelopmentResearchStatus;

  @Field(() => String, { nullable: true })
  date: string | null;

  @Field(() => [DevelopmentPersonType])
  authors: DevelopmentPersonType[];

  @Field(() => DevelopmentLinkedKnowledgeItemType, { nullable: true, description: 'The knowledge-base item (paper or patent) it is written up in' })
  knowledgeItem: DevelopmentLinkedKnowledgeItemType | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field()
  canEdit: boolean;
}

@InputType()
export class CreateResearchOutputInput {
  @Field(() => DevelopmentResearchKind)
  @IsEnum(DevelopmentResearchKind)
  kind: DevelopmentResearchKind;

  @Field({ nullable: true, description: "Default: the linked knowledge item's title" })
  @IsOptional()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title?: string;

  @Field({ defaultValue: '' })
  @MaxLength(200)
  venue: string;

  @Field(() => DevelopmentResearchStatus, { defaultValue: DevelopmentResearchStatus.DRAFT })
  @IsEnum(DevelopmentResearchStatus)
  status: DevelopmentResearchStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @Field(() => [ID], { nullable: true, description: "Default: the linked item's authors, else you" })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one author' })
  @ArrayMaxSize(50)
  authorIds?: string[];

  @Field(() => ID, { nullable: true, description: 'A published, tenant-visible paper or patent in the knowledge base' })
  @IsOptional()
  knowledgeItemId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/i, { message: 'must be an http(s) URL' })
  url?: string;
}

@InputType()
export class UpdateResearchOutputInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  venue?: string;

  @Field(() => DevelopmentResearchStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DevelopmentResearchStatus)
  status?: DevelopmentResearchStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  knowledgeItemId?: string;
}

@ObjectType('DevelopmentConferenceExpense')
export class DevelopmentConferenceExpenseType {
  @Field(() => ID)
  id: string;

  @Field()
  conference: string;

  @Field()
  date: string;

  @Field(() => DevelopmentMoneyType)
  amount: DevelopmentMoneyType;

  @Field()
  note: string;

  @Field(() => DevelopmentPersonType, { nullable: true })
  recordedBy: DevelopmentPersonType | null;
}

@ObjectType('DevelopmentConferenceBudget')
export class DevelopmentConferenceBudgetType {
  @Field(() => ID, { nullable: true, description: 'null: no budget for the year' })
  id: string | null;

  @Field(() => DevelopmentPersonType)
  person: DevelopmentPersonType;

  @Field(() => Int)
  year: number;

  @Field(() => DevelopmentMoneyType, { nullable: true, description: 'null: no budget for the year' })
  allocated: DevelopmentMoneyType | null;

  @Field(() => DevelopmentMoneyType)
  spent: DevelopmentMoneyType;

  @Field(() => DevelopmentMoneyType)
  remaining: DevelopmentMoneyType;

  @Field(() => [DevelopmentConferenceExpenseType])
  expenses: DevelopmentConferenceExpenseType[];
}

@InputType()
export class ConferenceExpenseInput {
  @Field(() => ID)
  personId: string;

  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  conference: string;

  @Field({ description: "YYYY-MM-DD; the budget of that date's year pays" })
  @IsCalendarDate()
  date: string;

  @Field(() => DevelopmentMoneyInput)
  @ValidateNested()
  @Type(() => DevelopmentMoneyInput)
  amount: DevelopmentMoneyInput;

  @Field({ defaultValue: '' })
  @MaxLength(300)
  note: string;
}
