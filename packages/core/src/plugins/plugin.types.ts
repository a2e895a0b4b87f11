import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Plugin')
export class PluginType {
  @Field()
  id: string;

  @Field()
  version: string;

  @Field()
  enabled: boolean;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [String])
  dependencies: string[];

  @Field(() => [String])
  permissions: string[];
}
