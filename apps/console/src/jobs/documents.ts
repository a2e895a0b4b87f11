import { graphql } from '../gql';

export const JobFieldsFragment = graphql(`
  fragment JobFields on Job { id type state progress result error attempts createdAt finishedAt }
`);

export const JobDocument = graphql(`
  query Job($id: ID!) {
    job(id: $id) { ...JobFields }
  }
`);

export const JobsDocument = graphql(`
  query Jobs($state: String!, $first: Int!) {
    jobs(state: $state, first: $first) { ...JobFields }
  }
`);

/** The API lists one state at a time; "all" asks for each in one request. */
export const AllJobsDocument = graphql(`
  query AllJobs($first: Int!) {
    waiting: jobs(state: "waiting", first: $first) { ...JobFields }
    active: jobs(state: "active", first: $first) { ...JobFields }
    delayed: jobs(state: "delayed", first: $first) { ...JobFields }
    completed: jobs(state: "completed", first: $first) { ...JobFields }
    failed: jobs(state: "failed", first: $first) { ...JobFields }
  }
`);

export const RetryJobDocument = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) { ...JobFields }
  }
`);
