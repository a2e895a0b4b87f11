// Between the person form and the API: what the form shows, what the API takes, and which
// form field an API problem belongs to.
import { fieldProblems, problemLine, toMajorUnits, toMinorUnits, type GraphQLErrorEntry } from '@cadre/sdk/console';
import dayjs, { type Dayjs } from 'dayjs';
import type { CreatePersonInput, PersonQuery, UpdatePersonInput } from '../gql/graphql';

export interface PersonFormValues {
  name: string;
  email: string;
  title?: string;
  level?: string;
  track?: string;
  status?: string;
  location?: string;
  hireDate?: Dayjs | null;
  managerId?: string | null;
  leaveDate?: Dayjs | null;
  departure?: { type?: string | null; regretted?: boolean; reason?: string };
  /** Major units in the form; the API stores integer minor units. */
  compensation?: { base?: number | null; currency?: string };
  /** The version the form was filled from (person.updatedAt): a save over someone else's change is refused. */
  expectedUpdatedAt?: string;
}

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'HKD', 'SGD', 'JPY'];

export function toFormValues(person: PersonQuery['person']): PersonFormValues {
  return {
    name: person.name,
    email: person.email,
    title: person.title,
    level: person.level,
    track: person.track,
    status: person.status,
    location: person.location,
    hireDate: person.hireDate ? dayjs(person.hireDate) : null,
    managerId: person.managerId ?? null,
    leaveDate: person.leaveDate ? dayjs(person.leaveDate) : null,
    departure: { type: person.departure?.type || null, regretted: person.departure?.regretted ?? false, reason: person.departure?.reason ?? '' },
    compensation: person.compensation
      ? { base: toMajorUnits(person.compensation.base, person.compensation.currency), currency: person.compensation.currency }
      : { base: null, currency: 'CNY' },
    expectedUpdatedAt: person.updatedAt,
  };
}

const text = (v: string | undefined) => (v === undefined ? undefined : v.trim());

/** What the form may write beyond the plain fields (each needs its own permission and visibility). */
export interface FormScope {
  compensation: boolean;
  departure: boolean;
}

export function toInput(values: PersonFormValues, scope: FormScope): CreatePersonInput & UpdatePersonInput {
  const input: CreatePersonInput & UpdatePersonInput = {
    name: values.name.trim(),
    email: values.email.trim(),
    title: text(values.title),
    level: text(values.level),
    track: values.track,
    status: values.status,
    location: text(values.location),
    hireDate: values.hireDate ? values.hireDate.format('YYYY-MM-DD') : null,
    managerId: values.managerId ?? null,
    // Empty for someone who left: the API records today; empty otherwise: no departure planned.
    leaveDate: values.leaveDate ? values.leaveDate.format('YYYY-MM-DD') : values.status === 'terminated' ? undefined : null,
  };
  const departure = values.departure;
  if (scope.departure && input.leaveDate !== null && departure) {
    input.departure = { type: departure.type || undefined, regretted: departure.regretted ?? false, reason: departure.reason?.trim() ?? '' };
  }
  const base = values.compensation?.base;
  if (scope.compensation && base !== null && base !== undefined) {
    const currency = values.compensation?.currency ?? 'CNY';
    input.compensation = { base: toMinorUnits(base, currency), currency };
  }
  return input;
}

export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

/**
 * API problems as antd form field errors (`compensation.base` → ['compensation', 'base']);
 * problems about fields the form does not have come back separately.
 */
export function toFieldErrors(errors: readonly GraphQLErrorEntry[], formFields: readonly string[]): { fields: FormFieldError[]; other: string[] } {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const problem of fieldProblems(errors)) {
    if (!formFields.includes(problem.field)) {
      other.push(problemLine(problem));
      continue;
    }
    byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem.message]);
  }
  return { fields: [...byField].map(([field, messages]) => ({ name: field.split('.'), errors: messages })), other };
}
