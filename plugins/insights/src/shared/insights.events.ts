import { defineEvent } from '@cadre/sdk';

/** A survey opened: its invitees are told (by the plugin's own handler). */
export interface SurveyOpenedPayload {
  surveyId: string;
  title: string;
}
export const SurveyOpened = defineEvent<SurveyOpenedPayload>('insights.survey-opened');
