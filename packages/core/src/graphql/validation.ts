import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { UserInputError, type FieldProblem } from './errors.js';

/** Flattens class-validator errors into `input.compensation.base: must not be negative`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) problems.push({ field, message: message.replace(new RegExp(`^${error.property} `), '') });
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, field));
  }
  return problems;
}

/** Parameter kinds that carry client input: GraphQL arguments, and an HTTP body, query or route parameter. */
// 3 is @nestjs/graphql's GqlParamtype.ARGS (the enum is not exported); the e2e suites' bad-input
// tests fail if arguments stop being validated.
const GRAPHQL_ARGS = 3;
const CLIENT_INPUT = new Set<unknown>([GRAPHQL_ARGS, 'body', 'query', 'param']);

/** Validates every GraphQL input class; the error names each bad field by its argument path. */
class CadreValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only what a client sends is checked. A field resolver's parent (type `root`) was built by the
    // server: validating it turned every row of a list into a class-transformer copy. An omitted
    // optional argument has nothing to check (GraphQL already refused a missing required one).
    if (value === undefined || !CLIENT_INPUT.has(metadata.type)) return value;
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof UserInputError) || !metadata.data) throw error;
      const problems = (error.extra.problems as FieldProblem[]).map((p) => ({ ...p, field: `${metadata.data}.${p.field}` }));
      throw new UserInputError(problems[0].field, problems[0].message, problems);
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new CadreValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problems = flattenValidationErrors(errors);
      const first = problems[0] ?? { field: 'input', message: 'is not valid' };
      return new UserInputError(first.field, first.message, problems);
    },
  });
}
