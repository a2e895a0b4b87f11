import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { reviewsFromJson, toReviewRecord } from './review-record.js';
import { signBody, verifySignature } from './review-signature.js';

describe('webhook signatures', () => {
  const secret = 'tenant-secret-0123456789';
  const body = Buffer.from('{"reviews":[]}');

  it('accepts the HMAC of the exact body', () => {
    expect(verifySignature(secret, body, signBody(secret, body))).toEqual({ ok: true });
    expect(verifySignature(secret, body, signBody(secret, body).toUpperCase().replace('SHA256=', 'sha256='))).toEqual({ ok: true });
  });

  it('rejects a missing, malformed, wrong-secret or tampered signature', () => {
    expect(verifySignature(secret, body, undefined)).toMatchObject({ ok: false, reason: 'missing X-Cadre-Signature' });
    expect(verifySignature(secret, body, 'sha1=abc')).toMatchObject({ ok: false, reason: expect.stringContaining('malformed') });
    expect(verifySignature(secret, body, signBody('other-secret', body))).toMatchObject({ ok: false, reason: 'signature does not match the body' });
    expect(verifySignature(secret, Buffer.from('{"reviews":[1]}'), signBody(secret, body))).toMatchObject({ ok: false });
  });

  it('never puts the secret into a reason', () => {
    const check = verifySignature(secret, body, signBody('x', body));
    expect(JSON.stringify(check)).not.toContain(secret);
  });
});

describe('parseCsv', () => {
  it('reads quotes, embedded commas and newlines, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa,b,c\r\n1,"x, y","say ""hi""\nthere"\r\n\r\n2,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"\nthere'],
      ['2', '', ''],
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/not closed/);
  });
});

describe('review records', () => {
  const good = { externalId: 'r1', reviewerEmail: 'A@demo.local', repository: 'lab/trainer', pullRequest: '12', state: 'APPROVED', comments: '3', submittedAt: '2026-03-01T10:00:00Z' };

  it('normalises a good record', () => {
    const { record, errors } = toReviewRecord(good, (f) => f);
    expect(errors).toEqual([]);
    expect(record).toMatchObject({ reviewerEmail: 'a@demo.local', state: 'approved', comments: 3, submittedAt: '2026-03-01T10:00:00.000Z', authorEmail: null, url: null });
  });

  it('names every bad field', () => {
    const { record, errors } = toReviewRecord({ ...good, reviewerEmail: 'nope', state: 'merged', comments: '-1', submittedAt: 'yesterday', url: 'javascript:x' }, (f) => `row.${f}`);
    expect(record).toBeNull();
    expect(errors.map((e) => e.field)).toEqual(['row.reviewerEmail', 'row.state', 'row.comments', 'row.submittedAt', 'row.url']);
  });

  it('reads the webhook JSON shape and names fields by their JSON path', () => {
    const ok = reviewsFromJson({ reviews: [{ id: 'x', reviewer: 'a@b.co', repository: 'r', pullRequest: 1, state: 'commented', submittedAt: '2026-01-01T00:00:00Z' }] });
    expect(ok.errors).toEqual([]);
    expect(ok.records[0]).toMatchObject({ externalId: 'x', pullRequest: '1', comments: 0 });
    const bad = reviewsFromJson({ reviews: [{ id: 'x' }] });
    expect(bad.errors[0].field).toBe('reviews[0].reviewer');
    expect(reviewsFromJson('nope').errors[0].field).toBe('body');
  });
});
