// The GraphQL documents of the merit-matrix pages (#17): matrices with their band × position grid,
// the increases computed from them, and the mutations the API offers (create, edit the grid while
// it is not approved, compute against the raise budget, approve).
import { graphql } from './gql/index.js';

graphql(`
  fragment IncentivesMeritMatrixFields on IncentivesMeritMatrix {
    id cycleId name budget currency positionBreaks cells status approvedAt totalProposed totalAmount withinBudget increaseCount createdAt updatedAt
  }
`);
graphql(`
  fragment IncentivesMeritIncreaseFields on IncentivesMeritIncrease {
    id personId name level currency band positionInRange positionColumn matrixPercent baseSalary proposedAmount amount newBase note
  }
`);

export const MERIT_MATRICES = graphql(`query IncentivesMeritMatrices($cycleId: ID) { meritMatrices(cycleId: $cycleId) { ...IncentivesMeritMatrixFields } }`);
export const MERIT_MATRIX = graphql(`
  query IncentivesMeritMatrix($id: ID!) { meritMatrix(id: $id) { ...IncentivesMeritMatrixFields } meritIncreases(matrixId: $id) { ...IncentivesMeritIncreaseFields } }
`);
export const MERIT_CYCLES = graphql(`query IncentivesMeritCycles { reviewCycles { id name status coefficients } }`);
export const CREATE_MERIT_MATRIX = graphql(`
  mutation IncentivesCreateMeritMatrix($input: CreateMeritMatrixInput!) { createMeritMatrix(input: $input) { ...IncentivesMeritMatrixFields } }
`);
export const UPDATE_MERIT_MATRIX = graphql(`
  mutation IncentivesUpdateMeritMatrix($id: ID!, $input: UpdateMeritMatrixInput!) { updateMeritMatrix(id: $id, input: $input) { ...IncentivesMeritMatrixFields } }
`);
export const COMPUTE_MERIT = graphql(`mutation IncentivesComputeMerit($id: ID!) { computeMeritIncreases(id: $id) { ...IncentivesMeritMatrixFields } }`);
export const APPROVE_MERIT = graphql(`mutation IncentivesApproveMerit($id: ID!) { approveMeritMatrix(id: $id) { ...IncentivesMeritMatrixFields } }`);

/** Queries to refetch after a merit mutation. */
export const MERIT_QUERIES = [['IncentivesMeritMatrices'], ['IncentivesMeritMatrix']] as const;
