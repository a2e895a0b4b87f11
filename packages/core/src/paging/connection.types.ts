// The GraphQL side of keyset paging, shared by the core's and the plugins' lists: PageInfo, the
// sort direction, and a `<Thing>Connection` type made from the node type.
import type { Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SortDirectionValue {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirectionValue, { name: 'SortDirection' });

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface ConnectionShape<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfoType;
}

/**
 * The base of a connection type: `@ObjectType('KnowledgeTalkConnection') class … extends
 * Connection(KnowledgeTalkType) {}` gives `{ nodes, totalCount, pageInfo }`.
 */
export function Connection<T>(node: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => Int, { description: 'Rows the filters match, on every page' })
    totalCount: number;

    @Field(() => PageInfoType)
    pageInfo: PageInfoType;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

/** `{ field, direction }` of a list's sort input; each list declares its own field enum. */
export function SortInput<F extends string>(fieldEnum: object, name: string): Type<{ field: F; direction: SortDirectionValue }> {
  @InputType(name)
  class Sort {
    @Field(() => fieldEnum)
    field: F;

    @Field(() => SortDirectionValue, { defaultValue: SortDirectionValue.ASC })
    direction: SortDirectionValue;
  }
  return Sort as Type<{ field: F; direction: SortDirectionValue }>;
}
