import { IsCalendarDate, ExpectedUpdatedAtField } from '@cadre/sdk';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@cadre/sdk/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches, MaxLength, Type, ValidateNested } from '@cadre/sdk/validation';

export enum KnowledgeItemKind {
  PAPER = 'paper',
  PATENT = 'patent',
  TECH_BLOG = 'tech_blog',
  DESIGN_DOC = 'design_doc',
  BEST_PRACTICE = 'best_practice',
  POST_MORTEM = 'post_mortem',
}
registerEnumType(KnowledgeItemKind, { name: 'KnowledgeItemKind' });

export enum KnowledgeVisibility {
  TENANT = 'tenant',
  UNIT = 'unit',
  PRIVATE = 'private',
}
registerEnumType(KnowledgeVisibility, {
  name: 'KnowledgeVisibility',
  description: 'TENANT: everyone; UNIT: members of the unit and its sub-units; PRIVATE: a draft only its authors see',
});

@ObjectType('KnowledgePerson')
export class KnowledgePersonType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  title: string;
}

@ObjectType('KnowledgeSkillTag')
export class KnowledgeSkillTagType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('KnowledgeLink')
export class KnowledgeLinkType {
  @Field()
  title: string;

  @Field()
  url: string;
}

@ObjectType('KnowledgeItem')
export class KnowledgeItemType {
  @Field(() => ID)
  id: string;

  @Field(() => KnowledgeItemKind)
  kind: KnowledgeItemKind;

  @Field()
  title: string;

  @Field({ description: 'Markdown source' })
  body: string;

  @Field({ description: 'Sanitised HTML rendered on the server from the markdown: safe to insert as is' })
  bodyHtml: string;

  @Field({ description: 'The first words of the plain text' })
  summary: string;

  @Field(() => KnowledgeVisibility)
  visibility: KnowledgeVisibility;

  @Field(() => ID, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true, description: 'arXiv id, patent number, DOI…' })
  reference: string | null;

  @Field(() => [KnowledgeLinkType])
  links: KnowledgeLinkType[];

  @Field(() => Int)
  version: number;

  @Field(() => [KnowledgePersonType])
  authors: KnowledgePersonType[];

  @Field(() => [KnowledgeSkillTagType])
  skills: KnowledgeSkillTagType[];

  @Field(() => String, { nullable: true })
  publishedAt: string | null;

  @Field(() => String, { nullable: true, description: 'When it was archived (out of lists and search); null while live' })
  archivedAt: string | null;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field(() => Int, { description: 'Distinct person-days it was read' })
  readCount: number;

  @Field(() => Int)
  bookmarkCount: number;

  @Field({ description: 'Whether the viewer bookmarked it' })
  bookmarked: boolean;

  @Field({ description: 'Whether the viewer may edit it' })
  canEdit: boolean;
}

@ObjectType('KnowledgeItemPage')
export class KnowledgeItemPageType {
  @Field(() => [KnowledgeItemType])
  nodes: KnowledgeItemType[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('KnowledgeItemVersion')
export class KnowledgeItemVersionType {
  @Field(() => Int)
  version: number;

  @Field(() => KnowledgeItemKind)
  kind: KnowledgeItemKind;

  @Field()
  title: string;

  @Field({ description: 'Markdown source of this version' })
  body: string;

  @Field({ description: 'Sanitised HTML of this version' })
  bodyHtml: string;

  @Field(() => KnowledgeVisibility)
  visibility: KnowledgeVisibility;

  @Field(() => KnowledgePersonType, { nullable: true })
  editedBy: KnowledgePersonType | null;

  @Field()
  note: string;

  @Field()
  createdAt: string;
}

@InputType()
export class KnowledgeLinkInput {
  @Field()
  @Length(1, 200, { message: 'must have 1 to 200 characters' })
  title: string;

  @Field()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/i, { message: 'must be an http(s) URL' })
  url: string;
}

@InputType()
export class CreateKnowledgeItemInput {
  @Field(() => KnowledgeItemKind)
  @IsEnum(KnowledgeItemKind)
  kind: KnowledgeItemKind;

  @Field()
  @IsString()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title: string;

  @Field({ description: 'Markdown' })
  @IsString()
  @MaxLength(200_000)
  body: string;

  @Field(() => KnowledgeVisibility, { defaultValue: KnowledgeVisibility.PRIVATE })
  @IsEnum(KnowledgeVisibility)
  visibility: KnowledgeVisibility;

  @Field(() => ID, { nullable: true, description: "For UNIT visibility; default: the creator's unit" })
  @IsOptional()
  unitId?: string;

  @Field(() => [ID], { nullable: true, description: 'Default: the creator' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one author' })
  @ArrayMaxSize(30)
  authorIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  skillIds?: string[];

  @Field(() => [KnowledgeLinkInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => KnowledgeLinkInput)
  @ArrayMaxSize(30)
  links?: KnowledgeLinkInput[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  reference?: string;
}

@InputType()
export class UpdateKnowledgeItemInput {
  @Field(() => KnowledgeItemKind, { nullable: true })
  @IsOptional()
  @IsEnum(KnowledgeItemKind)
  kind?: KnowledgeItemKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'must have 1 to 300 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200_000)
  body?: string;

  @Field(() => KnowledgeVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(KnowledgeVisibility)
  visibility?: KnowledgeVisibility;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one author' })
  @ArrayMaxSize(30)
  authorIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  skillIds?: string[];

  @Field(() => [KnowledgeLinkInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => KnowledgeLinkInput)
  @ArrayMaxSize(30)
  links?: KnowledgeLinkInput[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  reference?: string;

  @Field({ nullable: true, description: 'What changed (kept with the version)' })
  @IsOptional()
  @MaxLength(300)
  note?: string;

  @ExpectedUpdatedAtField('the item')
  expectedUpdatedAt?: string | null;
}

@InputType()
export class KnowledgeItemFilter {
  @Field(() => [KnowledgeItemKind], { nullable: true })
  @IsOptional()
  @IsArray()
  kinds?: KnowledgeItemKind[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  skillId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  authorId?: string;

  @Field(() => KnowledgeVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(KnowledgeVisibility)
  visibility?: KnowledgeVisibility;

  @Field({ nullable: true, description: 'Published on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'Published on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field({ nullable: true, description: 'Only the items the viewer bookmarked' })
  @IsOptional()
  bookmarked?: boolean;

  @Field({ nullable: true, description: 'Archived items instead of live ones' })
  @IsOptional()
  archived?: boolean;
}
