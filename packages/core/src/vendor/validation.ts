// See graphql.ts: one class-validator (its metadata storage is global to the copy).
export * from 'class-validator';
export { Type } from 'class-transformer';
