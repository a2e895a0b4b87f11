import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ExpectedUpdatedAtField } from '../database/unchanged-since.js';

@ObjectType('Role')
export class RoleType {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  builtIn: boolean;

  @Field(() => [String])
  permissions: string[];

  @Field({ description: 'Changes with every edit: send it back as expectedUpdatedAt' })
  updatedAt: string;
}

@ObjectType('Permission')
export class PermissionType {
  @Field()
  id: string;

  @Field()
  description: string;

  @Field({ description: "'core' or the declaring plugin's id" })
  owner: string;

  @Field(() => [String])
  defaultRoles: string[];
}

@InputType()
export class RoleInput {
  @Field({ nullable: true, description: 'Only when creating' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'must be lower-case kebab-case' })
  key?: string;

  @Field()
  @Length(1, 120, { message: 'must have 1 to 120 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string;

  @Field(() => [String])
  @ArrayMaxSize(500)
  permissions: string[];

  /** Only when updating: the role form's version (see assertUnchangedSince). */
  @ExpectedUpdatedAtField('the role')
  expectedUpdatedAt?: string | null;
}
