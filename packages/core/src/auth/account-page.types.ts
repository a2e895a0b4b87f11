// The accounts list as a keyset connection: its sortable fields, its filter and its page type.
// Nodes are the `Account` type itself, so they expose exactly what `accounts` does (no secrets).
import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection, SortInput } from '../paging/connection.types.js';
import { AccountType } from './auth.types.js';

export enum AccountSortField {
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(AccountSortField, { name: 'AccountSortField' });

export const AccountSort = SortInput<AccountSortField>(AccountSortField, 'AccountSort');
export type AccountSort = InstanceType<typeof AccountSort>;

@InputType('AccountFilter')
export class AccountFilter {
  @Field(() => String, { nullable: true, description: "Part of the account's email or of its person's name, any case" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'A role key: only accounts that hold this role' })
  @IsOptional()
  @IsString()
  @MaxLength(63)
  role?: string | null;
}

@ObjectType('AccountConnection')
export class AccountConnectionType extends Connection(AccountType) {}
