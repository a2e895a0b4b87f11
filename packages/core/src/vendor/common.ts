// See graphql.ts: one @nestjs/common for the core and every plugin.
import 'reflect-metadata';
export * from '@nestjs/common';
