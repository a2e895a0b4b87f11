import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ObjectType('InstallationTenant', { description: 'A tenant of this installation, as its owner sees it' })
export class InstallationTenantType {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  createdAt: string;

  @Field(() => Int, { description: 'People whose status is active' })
  activePeople: number;

  @Field(() => Int, { description: 'Accounts that are not disabled' })
  activeAccounts: number;
}

@InputType()
export class CreateTenantInput {
  @Field({ description: '2–63 lower-case letters, digits or dashes; typed at sign-in' })
  @IsString()
  @MaxLength(63)
  slug: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field({ description: 'The new tenant’s first account, holding its owner role' })
  @IsString()
  @MaxLength(320)
  ownerEmail: string;

  @Field()
  @IsString()
  @MaxLength(200)
  ownerPassword: string;
}
