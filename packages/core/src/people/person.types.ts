import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SensitiveField } from '../access/sensitive-field.js';
import { Connection } from '../paging/connection.types.js';

@ObjectType('Compensation')
export class CompensationType {
  @Field(() => Float, { description: 'Base pay per year in integer minor units (cents, fen)' })
  base: number;

  @Field({ description: 'ISO 4217 currency code' })
  currency: string;
}

@ObjectType('Departure', { description: "Why a person left (or is leaving)" })
export class DepartureType {
  @Field({ description: "'voluntary' or 'involuntary'; empty when not recorded" })
  type: string;

  @Field({ description: 'Whether the company wanted to keep them' })
  regretted: boolean;

  @Field()
  reason: string;
}

@ObjectType('Person')
export class PersonType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  title: string;

  @Field()
  level: string;

  @Field({ description: "'ic' or 'management'" })
  track: string;

  @Field(() => String, { nullable: true })
  managerId: string | null;

  @Field(() => String, { nullable: true })
  orgUnitId: string | null;

  @Field()
  location: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  hireDate: string | null;

  @Field({ description: "'active', 'leave' or 'terminated'" })
  status: string;

  @Field(() => String, { nullable: true, description: 'Last working day (YYYY-MM-DD) of a person who left or is leaving' })
  leaveDate: string | null;

  @SensitiveField(() => DepartureType, {
    permission: 'people.departures.read',
    subject: (p: PersonType) => p.id,
    description: 'Why they left; null without a leave date. Visible to the person, their management chain and holders of people.departures.read',
  })
  departure: DepartureType | null;

  @SensitiveField(() => CompensationType, {
    permission: 'people.compensation.read',
    subject: (p: PersonType) => p.id,
    description: 'Visible to the person, their management chain and holders of people.compensation.read',
  })
  compensation: CompensationType | null;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;
}

@ObjectType('PersonConnection')
export class PersonConnectionType extends Connection(PersonType) {}

@ObjectType('ImportRowError')
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1)' })
  row: number;

  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType('ImportReport')
export class ImportReportType {
  @Field(() => Int)
  imported: number;

  @Field(() => Int)
  rows: number;

  @Field(() => [ImportRowErrorType])
  errors: ImportRowErrorType[];
}
