// One import point for validators, so input classes read the same everywhere.
export * from '@cadre/sdk/validation';
export { IsCalendarDate } from '@cadre/sdk';
