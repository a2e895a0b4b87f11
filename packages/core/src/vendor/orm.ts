// See graphql.ts: one TypeORM for the core and every plugin.
import 'reflect-metadata';
export * from 'typeorm';
