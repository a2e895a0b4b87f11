import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationEntity } from './notification.entity.js';

@ObjectType('Notification', { description: 'Something you are told; the console words it from `kind` and `params` in your language' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: '<plugin>.<name>; the console words it with the message <plugin>.notification.<name>' })
  kind: string;

  @Field({ description: 'The values the message names, as a JSON object' })
  params: string;

  @Field(() => String, { nullable: true, description: 'A console path to open' })
  link: string | null;

  @Field(() => String, { nullable: true })
  readAt: string | null;

  @Field()
  createdAt: string;
}

export const toNotificationType = (n: NotificationEntity): NotificationType => ({
  id: n.id, kind: n.kind, params: JSON.stringify(n.params ?? {}), link: n.link, readAt: n.readAt, createdAt: n.createdAt,
});
