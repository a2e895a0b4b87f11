import { defineEvent } from '@cadre/sdk';

/** An item left draft for the first time (incentives may reward papers and patents). */
export const KnowledgeItemPublished = defineEvent<{ itemId: string; kind: string; title: string; authorIds: string[]; skillIds: string[]; publishedAt: string }>('knowledge.item-published');

/** A talk was held and its attendance recorded. */
export const KnowledgeTalkHeld = defineEvent<{ talkId: string; kind: string; speakerId: string; attendeeIds: string[] }>('knowledge.talk-held');
