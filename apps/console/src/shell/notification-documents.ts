import { graphql } from '../gql';

export const MyNotificationsDocument = graphql(`
  query MyNotifications {
    unreadNotificationCount
    myNotifications(first: 20) { id kind params link readAt createdAt }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
