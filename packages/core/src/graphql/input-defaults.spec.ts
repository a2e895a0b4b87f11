import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withInputDefaults } from './input-defaults.js';

const schema = buildSchema(`
  enum Kind { PERSONAL SERVICE }
  input Inner { note: String! = "" }
  input TokenInput { name: String!, kind: Kind! = PERSONAL, scopes: [String!]! = [], inner: Inner }
  type Query { x: Int }
  type Mutation { create(input: TokenInput!, many: [TokenInput!]): Int }
`);
const doc = parse('mutation M($i: TokenInput!, $m: [TokenInput!], $n: Int = 5) { create(input: $i, many: $m) }');

describe('withInputDefaults', () => {
  it('fills omitted defaulted fields of input objects, in lists and nested, as a client would send them', () => {
    const filled = withInputDefaults(schema, doc, { i: { name: 'a', inner: {} }, m: [{ name: 'b', kind: 'SERVICE' }] });
    expect(filled).toEqual({ i: { name: 'a', kind: 'PERSONAL', scopes: [], inner: { note: '' } }, m: [{ name: 'b', kind: 'SERVICE', scopes: [] }], n: 5 });
  });

  it('keeps given values, and answers undefined when nothing is missing', () => {
    const variables = { i: { name: 'a', kind: 'SERVICE', scopes: ['x'] }, n: 1 };
    expect(withInputDefaults(schema, doc, variables)).toBeUndefined();
    expect(withInputDefaults(schema, parse('{ x }'), {})).toBeUndefined();
  });
});
