import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PersonType } from '../people/person.types.js';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field()
  accessToken: string;

  @Field()
  refreshToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires' })
  expiresIn: number;
}

@ObjectType('Account')
export class AccountType {
  @Field()
  id: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  personId: string | null;

  @Field()
  disabled: boolean;

  @Field(() => [String])
  roles: string[];

  @Field(() => String, { nullable: true, description: 'When the account was created (null for a service account)' })
  createdAt?: string | null;
}

@ObjectType('Tenant')
export class TenantType {
  @Field()
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;
}

@ObjectType('Me')
export class MeType {
  @Field(() => AccountType)
  account: AccountType;

  @Field(() => [String])
  roles: string[];

  @Field(() => [String])
  permissions: string[];

  @Field(() => PersonType, { nullable: true })
  person: PersonType | null;

  @Field(() => TenantType)
  tenant: TenantType;

  @Field({ description: 'Whether this account owns the installation (an owner of its home tenant): it may list and create tenants' })
  installationOwner: boolean;

  @Field(() => [String], { description: "Ids of the plugins this deployment enables (any account may know them: the console shows a plugin's self-service pages from them)" })
  enabledPlugins: string[];
}

@InputType()
export class CreateAccountInput {
  @Field()
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @Field()
  @IsString()
  @Length(8, 200, { message: 'must have 8 to 200 characters' })
  password: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  personId?: string | null;

  @Field(() => [String], { defaultValue: ['employee'] })
  roles: string[];
}
