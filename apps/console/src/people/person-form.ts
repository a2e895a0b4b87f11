// Between the person form and the API: what the form shows, what the API takes, and which
// form field an API problem belongs to.
import { fieldProblems, toMajorUnits, toMinorUnits, type GraphQLErrorEntry } from '@cadre/sdk/console';
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
  /** Major units in the form; the API stores integer minor units. */
  compensation?: { base?: number | null; currency?: string };
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
    compensation: person.compensation
      ? { base: toMajorUnits(person.compensation.base, person.compensation.currency), currency: person.compensation.currency }
      : { base: null, currency: 'CNY' },
  };
}

const text = (v: string | undefined) => (v === undefined ? undefined : v.trim());

export function toInput(values: PersonFormValues, withCompensation: boolean): CreatePersonInput & UpdatePersonInput {
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
  };
  const base = values.compensation?.base;
  if (withCompensation && base !== null && base !== undefined) {
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
      other.push(`${problem.field}: ${problem.message}`);
      continue;
    }
    byField.set(problem.field, [...(byField.get(problem.field) ?? []), problem.message]);
  }
  return { fields: [...byField].map(([field, messages]) => ({ name: field.split('.'), errors: messages })), other };
}
