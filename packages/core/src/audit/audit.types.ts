import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Connection } from '../paging/connection.types.js';

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field()
  at: string;

  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  actorEmail: string | null;

  @Field()
  operation: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the values before the change (sensitive changes)' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the values after the change' })
  after: string | null;
}

@ObjectType('AuditConnection')
export class AuditConnectionType extends Connection(AuditEntryType) {}

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

@InputType()
export class AuditFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(320)
  actorEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  operation?: string;

  @Field({ nullable: true })
  @IsOptional()
  targetId?: string;

  @Field({ nullable: true, description: 'ISO date or timestamp (inclusive)' })
  @IsOptional()
  @Matches(ISO, { message: 'must be an ISO date such as 2026-01-31' })
  from?: string;

  @Field({ nullable: true, description: 'ISO date or timestamp (inclusive)' })
  @IsOptional()
  @Matches(ISO, { message: 'must be an ISO date such as 2026-01-31' })
  to?: string;
}
