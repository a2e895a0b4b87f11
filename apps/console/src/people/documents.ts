import { graphql } from '../gql';

export const PeopleListDocument = graphql(`
  query PeopleList($filter: PeopleFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id name email title level track status location compensation { base currency } }
    }
  }
`);

/** Only the cursor: how the table jumps to page n without loading the rows before it. */
export const PeopleCursorDocument = graphql(`
  query PeopleCursor($filter: PeopleFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) { pageInfo { endCursor hasNextPage } }
  }
`);

export const PersonDocument = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id name email title level track status location hireDate leaveDate managerId orgUnitId createdAt updatedAt
      compensation { base currency }
      departure { type regretted reason }
      manager { id name }
      reports { id name title level status }
    }
  }
`);

export const PeopleOptionsDocument = graphql(`
  query PeopleOptions($search: String) {
    people(filter: { search: $search }, first: 20) { nodes { id name email } }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { id name }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) { id name }
  }
`);

export const DeletePersonDocument = graphql(`
  mutation DeletePerson($id: ID!) {
    deletePerson(id: $id)
  }
`);

export const StartPeopleImportDocument = graphql(`
  mutation StartPeopleImport($csv: String!) {
    startPeopleImport(csv: $csv) { id state }
  }
`);
