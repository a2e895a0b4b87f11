import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('HeadcountGroup')
export class HeadcountGroupType {
  @Field({ description: 'The value grouped by (empty when not set)' })
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('Headcount', { description: 'People counted in the database, one GROUP BY per dimension (never by paging)' })
export class HeadcountType {
  @Field(() => Int)
  total: number;

  @Field(() => [HeadcountGroupType])
  byStatus: HeadcountGroupType[];

  @Field(() => [HeadcountGroupType], { description: 'Active people by level' })
  byLevel: HeadcountGroupType[];

  @Field(() => [HeadcountGroupType], { description: 'Active people by location' })
  byLocation: HeadcountGroupType[];

  @Field(() => [HeadcountGroupType], { description: 'Active people by track (ic, management)' })
  byTrack: HeadcountGroupType[];
}
