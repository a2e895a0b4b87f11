import { DataService, EventHandler, Notifications, type EventHandlerInstance } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { SurveyOpened, type SurveyOpenedPayload } from '../shared/insights.events.js';
import { SurveyInvitationEntity } from './survey-invitation.entity.js';

/** Tells everyone asked that a survey opened (redelivery tells only those who still have not answered). */
@Injectable()
@EventHandler(SurveyOpened, 'insights.notify-survey-opened')
export class SurveyOpenedHandler implements EventHandlerInstance<SurveyOpenedPayload> {
  constructor(
    private readonly data: DataService,
    private readonly notifications: Notifications,
  ) {}

  async handle(p: SurveyOpenedPayload): Promise<void> {
    const waiting = await this.data.repo(SurveyInvitationEntity).findBy({ surveyId: p.surveyId, responded: false });
    await this.notifications.notifyPeople(waiting.map((i) => i.personId), { kind: 'insights.survey-opened', params: { title: p.title }, link: `/insights/my-surveys/${p.surveyId}` });
  }
}
