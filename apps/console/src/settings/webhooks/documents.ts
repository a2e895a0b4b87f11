import { graphql } from '../../gql';

export const WebhookSubscriptionFieldsFragment = graphql(`
  fragment WebhookSubscriptionFields on WebhookSubscription { id url events description active consecutiveFailures disabledAt createdAt }
`);

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery { id eventType status attempts responseStatus lastError createdAt deliveredAt }
`);

export const WebhookSubscriptionsDocument = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions { ...WebhookSubscriptionFields }
  }
`);

export const WebhookEventTypesDocument = graphql(`
  query WebhookEventTypes {
    webhookEventTypes
  }
`);

export const CreateWebhookSubscriptionDocument = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) { secret subscription { ...WebhookSubscriptionFields } }
  }
`);

export const SetWebhookSubscriptionActiveDocument = graphql(`
  mutation SetWebhookSubscriptionActive($id: ID!, $active: Boolean!) {
    setWebhookSubscriptionActive(id: $id, active: $active) { ...WebhookSubscriptionFields }
  }
`);

export const DeleteWebhookSubscriptionDocument = graphql(`
  mutation DeleteWebhookSubscription($id: ID!) {
    deleteWebhookSubscription(id: $id)
  }
`);

export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($subscriptionId: ID!, $first: Int!) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: $first) { ...WebhookDeliveryFields }
  }
`);

export const ReplayWebhookDeliveryDocument = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) { ...WebhookDeliveryFields }
  }
`);
