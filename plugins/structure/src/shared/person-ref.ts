import type { PersonRecord } from '@cadre/sdk';
import { Field, ID, ObjectType } from '@cadre/sdk/graphql';

/** A person as the structure plugin shows them: enough to draw and link, nothing sensitive. */
@ObjectType('OrgPerson')
export class OrgPersonType {
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

  @Field(() => String, { nullable: true })
  managerId: string | null;

  @Field(() => String, { nullable: true })
  orgUnitId: string | null;

  @Field({ description: "'active', 'leave' or 'terminated'" })
  status: string;
}

export const toOrgPerson = (p: PersonRecord): OrgPersonType => ({
  id: p.id,
  name: p.name,
  email: p.email,
  title: p.title,
  level: p.level,
  managerId: p.managerId,
  orgUnitId: p.orgUnitId,
  status: p.status,
});
