import { localize, msg } from '@cadre/sdk';
import { REVIEW_STATES, type ReviewState } from './code-review.entity.js';

/** One code review, as the webhook payload and the CSV both describe it. */
export interface ReviewRecord {
  externalId: string;
  reviewerEmail: string;
  authorEmail: string | null;
  repository: string;
  pullRequest: string;
  state: ReviewState;
  comments: number;
  submittedAt: string;
  url: string | null;
}

export interface FieldError {
  field: string;
  message: string;
}

/** CSV header → record field. */
export const CSV_COLUMNS: Record<string, keyof ReviewRecord> = {
  external_id: 'externalId', reviewer_email: 'reviewerEmail', author_email: 'authorEmail', repository: 'repository', pull_request: 'pullRequest',
  state: 'state', comments: 'comments', submitted_at: 'submittedAt', url: 'url',
};
export const REQUIRED_CSV_COLUMNS = ['external_id', 'reviewer_email', 'repository', 'pull_request', 'state', 'submitted_at'];

/** Webhook JSON field → record field (the JSON uses the forge-neutral names below). */
const JSON_FIELDS: Record<string, keyof ReviewRecord> = {
  id: 'externalId', reviewer: 'reviewerEmail', author: 'authorEmail', repository: 'repository', pullRequest: 'pullRequest', state: 'state', comments: 'comments', submittedAt: 'submittedAt', url: 'url',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

/** Validates one raw record (keys are record fields); errors name the field as `names` calls it. */
export function toReviewRecord(raw: Partial<Record<keyof ReviewRecord, unknown>>, names: (field: keyof ReviewRecord) => string): { record: ReviewRecord | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const need = (field: keyof ReviewRecord, max: number) => {
    const value = str(raw[field]);
    if (!value) errors.push({ field: names(field), message: localize(msg`is required`) });
    else if (value.length > max) errors.push({ field: names(field), message: localize(msg`must have at most ${max} characters`) });
    return value;
  };
  const externalId = need('externalId', 200);
  const reviewerEmail = need('reviewerEmail', 320).toLowerCase();
  if (reviewerEmail && !EMAIL.test(reviewerEmail)) errors.push({ field: names('reviewerEmail'), message: localize(msg`must be an email address`) });
  const authorEmail = str(raw.authorEmail).toLowerCase() || null;
  if (authorEmail && !EMAIL.test(authorEmail)) errors.push({ field: names('authorEmail'), message: localize(msg`must be an email address`) });
  const repository = need('repository', 200);
  const pullRequest = need('pullRequest', 100);
  const state = need('state', 30).toLowerCase() as ReviewState;
  if (state && !REVIEW_STATES.includes(state)) errors.push({ field: names('state'), message: localize(msg`must be one of ${REVIEW_STATES.join(', ')}`) });
  const commentsText = str(raw.comments) || '0';
  const comments = Number(commentsText);
  if (!/^\d{1,6}$/.test(commentsText)) errors.push({ field: names('comments'), message: localize(msg`must be a whole number from 0`) });
  const submitted = need('submittedAt', 40);
  const time = Date.parse(submitted);
  if (submitted && (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}/.test(submitted))) errors.push({ field: names('submittedAt'), message: localize(msg`must be an ISO timestamp such as 2026-03-01T10:00:00Z`) });
  const url = str(raw.url) || null;
  if (url && (!/^https?:\/\/\S+$/i.test(url) || url.length > 500)) errors.push({ field: names('url'), message: localize(msg`must be an http(s) URL of at most 500 characters`) });
  if (errors.length) return { record: null, errors };
  return { record: { externalId, reviewerEmail, authorEmail, repository, pullRequest, state, comments, submittedAt: new Date(time).toISOString(), url }, errors };
}

/** The webhook body: `{ "reviews": [ … ] }` or a single review object. */
export function reviewsFromJson(body: unknown): { records: ReviewRecord[]; errors: FieldError[] } {
  const list = body && typeof body === 'object' && Array.isArray((body as { reviews?: unknown }).reviews) ? (body as { reviews: unknown[] }).reviews : body && typeof body === 'object' ? [body] : null;
  if (!list) return { records: [], errors: [{ field: 'body', message: localize(msg`must be a JSON object with a "reviews" array`) }] };
  if (list.length > 1000) return { records: [], errors: [{ field: 'reviews', message: localize(msg`at most 1000 reviews per delivery`) }] };
  const records: ReviewRecord[] = [];
  const errors: FieldError[] = [];
  list.forEach((entry, i) => {
    const raw: Partial<Record<keyof ReviewRecord, unknown>> = {};
    for (const [key, field] of Object.entries(JSON_FIELDS)) raw[field] = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[key] : undefined;
    const reverse = (field: keyof ReviewRecord) => `reviews[${i}].${Object.entries(JSON_FIELDS).find(([, f]) => f === field)![0]}`;
    const result = toReviewRecord(raw, reverse);
    if (result.record) records.push(result.record);
    errors.push(...result.errors);
  });
  return { records, errors };
}
