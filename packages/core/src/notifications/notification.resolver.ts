import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/decorators.js';
import { NotificationService } from './notification.service.js';
import { NotificationType, toNotificationType } from './notification.types.js';

// @SignedIn: everyone reads and marks only their own notifications (the service scopes to the caller's account).
@Resolver()
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => [NotificationType], { description: 'Your notifications, newest first (at most 100)' })
  @SignedIn()
  async myNotifications(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationType[]> {
    return (await this.notifications.mine(first, unreadOnly)).map(toNotificationType);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread' })
  @SignedIn()
  unreadNotificationCount(): Promise<number> {
    return this.notifications.unreadCount();
  }

  @Mutation(() => Int, { description: 'Marks your notifications read: these ids, or all when none are given; returns how many changed' })
  @SignedIn()
  markNotificationsRead(@Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null): Promise<number> {
    return this.notifications.markRead(ids);
  }
}
