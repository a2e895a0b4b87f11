import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';

@ObjectType('SsoRoleMapping', { description: 'Members of this identity-provider group get this Cadre role' })
export class SsoRoleMappingType {
  @Field()
  group: string;

  @Field()
  role: string;
}

@InputType()
export class SsoRoleMappingInput {
  @Field()
  @MaxLength(200)
  group: string;

  @Field()
  @MaxLength(60)
  role: string;
}

@ObjectType('SsoConfig', { description: "The tenant's OIDC single sign-on; the client secret is never shown again" })
export class SsoConfigType {
  @Field()
  enabled: boolean;

  @Field()
  displayName: string;

  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field({ description: 'Whether a client secret is stored (its value is never returned)' })
  clientSecretSet: boolean;

  @Field(() => [String])
  allowedDomains: string[];

  @Field()
  groupsClaim: string;

  @Field(() => [SsoRoleMappingType])
  roleMappings: SsoRoleMappingType[];

  @Field({ description: 'Unknown users get an account on first sign-in (linked to the person with their email) instead of being refused' })
  jit: boolean;

  @Field({ description: "Local passwords are refused, except the owner's (break-glass)" })
  ssoOnly: boolean;

  @Field({ description: 'The redirect URI to register at the identity provider' })
  redirectUri: string;
}

@InputType()
export class SsoConfigInput {
  @Field()
  enabled: boolean;

  @Field({ defaultValue: '' })
  @MaxLength(60)
  displayName: string;

  @Field({ defaultValue: '' })
  @MaxLength(500)
  issuer: string;

  @Field({ defaultValue: '' })
  @MaxLength(255)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'A new client secret; leave out to keep the stored one' })
  @IsOptional()
  @MaxLength(500)
  clientSecret?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  allowedDomains: string[];

  @Field({ defaultValue: 'groups' })
  @MaxLength(100)
  groupsClaim: string;

  @Field(() => [SsoRoleMappingInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  roleMappings: SsoRoleMappingInput[];

  @Field({ defaultValue: false })
  jit: boolean;

  @Field({ defaultValue: false })
  ssoOnly: boolean;
}

@ObjectType('SsoProvider', { description: 'What the login page needs to offer single sign-on' })
export class SsoProviderType {
  @Field()
  displayName: string;

  @Field({ description: 'Where the browser goes to sign in (relative to the server)' })
  startPath: string;

  @Field({ description: 'Local passwords are refused except for the owner' })
  ssoOnly: boolean;
}

@ObjectType('SsoTestStep')
export class SsoTestStepType {
  @Field({ description: 'discovery, endpoints or keys' })
  step: string;

  @Field()
  ok: boolean;

  @Field()
  detail: string;
}

@ObjectType('SsoTestResult')
export class SsoTestResultType {
  @Field()
  ok: boolean;

  @Field(() => [SsoTestStepType])
  steps: SsoTestStepType[];
}
