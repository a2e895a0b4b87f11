// The API's field problems on a form's fields: every plugin's forms show a refusal where it belongs.
import { fieldProblems, problemLine, type GraphQLErrorEntry } from './graphql.js';

export interface FormFieldError {
  name: Array<string | number>;
  errors: string[];
}

/**
 * The API's field problems (`input.criteria.0.weight`) as form fields (['criteria', 0, 'weight'],
 * Ant Design's shape); `rename` maps API fields to form fields (periodEnd → period), problems on
 * unknown fields and errors without a field come back in `other`.
 */
export function toFormErrors(errors: readonly GraphQLErrorEntry[], known: readonly string[], rename: Record<string, string> = {}): { fields: FormFieldError[]; other: string[] } {
  const problems = fieldProblems(errors);
  const fields: FormFieldError[] = [];
  const other: string[] = [];
  for (const p of problems) {
    const path = p.field.split('.');
    const root = rename[path[0]!] ?? path[0]!;
    if (!known.includes(root)) {
      other.push(problemLine(p));
      continue;
    }
    fields.push({ name: [root, ...path.slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s))], errors: [p.message] });
  }
  if (!problems.length) other.push(...errors.map((e) => e.message));
  return { fields, other };
}

/** Puts the API's messages on the form's fields (an Ant Design FormInstance, or anything with setFields). */
export function setFormErrors(form: { setFields(fields: never[]): void }, fields: FormFieldError[]): void {
  form.setFields(fields as never[]);
}
