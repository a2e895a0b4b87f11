import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';

export enum ApiTokenKindValue {
  PERSONAL = 'personal',
  SERVICE = 'service',
}
registerEnumType(ApiTokenKindValue, { name: 'ApiTokenKind', description: 'PERSONAL acts as its owner; SERVICE acts as itself for the tenant (needs tokens.manage)' });

@ObjectType('ApiToken', { description: 'An API token as listed: never the token itself' })
export class ApiTokenType {
  @Field(() => ID)
  id: string;

  @Field(() => ApiTokenKindValue)
  kind: ApiTokenKindValue;

  @Field()
  name: string;

  @Field({ description: 'The first characters of the token, to tell tokens apart' })
  prefix: string;

  @Field(() => [String], { description: 'Permission ids the token may use' })
  scopes: string[];

  @Field(() => String, { nullable: true, description: 'The account a personal token acts as' })
  ownerAccountId: string | null;

  @Field(() => String, { nullable: true })
  ownerEmail: string | null;

  @Field()
  createdByAccountId: string;

  @Field(() => String, { nullable: true })
  createdByEmail: string | null;

  @Field()
  createdAt: string;

  @Field(() => String, { nullable: true, description: 'Null: never expires' })
  expiresAt: string | null;

  @Field(() => String, { nullable: true, description: 'Recorded at most once a minute' })
  lastUsedAt: string | null;

  @Field(() => String, { nullable: true })
  revokedAt: string | null;

  @Field({ description: 'Neither revoked nor expired' })
  active: boolean;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenType {
  @Field({ description: 'The token: shown this once, only its hash is stored' })
  token: string;

  @Field(() => ApiTokenType)
  apiToken: ApiTokenType;
}

@InputType()
export class CreateApiTokenInput {
  @Field()
  @IsString()
  @Length(1, 120, { message: 'must have 1 to 120 characters' })
  name: string;

  @Field(() => ApiTokenKindValue, { defaultValue: ApiTokenKindValue.PERSONAL })
  @IsEnum(ApiTokenKindValue)
  kind: ApiTokenKindValue;

  @Field(() => [String], { description: 'Permission ids, each one the creator holds' })
  @ArrayMaxSize(500)
  scopes: string[];

  @Field(() => String, { nullable: true, description: 'ISO date or timestamp in the future; null: never expires' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, { message: 'must be an ISO date or timestamp such as 2027-01-31' })
  expiresAt?: string | null;
}
