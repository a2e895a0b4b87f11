import { DataService, RequestContexts, SettingsService, TenantDirectory } from '@cadre/sdk';
import { Injectable, Logger } from '@cadre/sdk/common';
import { CodeReviewService, type IngestReport } from './code-review.service.js';
import { reviewsFromJson } from './review-record.js';
import { WEBHOOK_SECRET_KEY, newWebhookSecret, verifySignature } from './review-signature.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';

export interface WebhookRequest {
  tenantSlug: string | undefined;
  signature: string | undefined;
  rawBody: Buffer | undefined;
  ip?: string;
}

export interface WebhookResponse {
  status: 202 | 400 | 401;
  body: { accepted?: number; duplicates?: number; error?: string; errors?: Array<{ field: string; message: string }> };
}

/**
 * The forge webhook, independent of HTTP: resolve the tenant from X-Cadre-Tenant, check the
 * HMAC of the raw body against that tenant's secret (setting 'knowledge.webhookSecret'),
 * then ingest. Unsigned or badly signed calls are refused with one vague answer (no hint which
 * part failed), logged with the reason and kept in the tenant's delivery log. The secret and
 * the signature are never logged.
 */
@Injectable()
export class CodeReviewWebhookService {
  private readonly logger = new Logger('KnowledgeWebhook');

  constructor(
    private readonly data: DataService,
    private readonly settings: SettingsService,
    private readonly reviews: CodeReviewService,
    private readonly tenants: TenantDirectory,
  ) {}

  async receive(request: WebhookRequest): Promise<WebhookResponse> {
    const denied: WebhookResponse = { status: 401, body: { error: 'unsigned or badly signed request' } };
    const slug = request.tenantSlug?.trim().toLowerCase();
    const tenantId = slug ? await this.tenantIdOf(slug) : null;
    if (!tenantId) {
      this.logger.warn(`code-review webhook rejected: ${slug ? `unknown tenant "${slug.slice(0, 63)}"` : 'missing X-Cadre-Tenant'} (from ${request.ip ?? 'unknown'})`);
      return denied;
    }
    return RequestContexts.run(RequestContexts.system(tenantId), async () => {
      const secret = await this.settings.get<string | null>(WEBHOOK_SECRET_KEY, null);
      const check = secret ? verifySignature(secret, request.rawBody ?? Buffer.alloc(0), request.signature) : { ok: false as const, reason: 'no webhook secret is configured for this tenant' };
      if (!check.ok) {
        this.logger.warn(`code-review webhook rejected for tenant "${slug}": ${check.reason} (from ${request.ip ?? 'unknown'})`);
        await this.log(false, check.reason, request.ip, 0);
        return denied;
      }
      let payload: unknown;
      try {
        payload = JSON.parse((request.rawBody ?? Buffer.alloc(0)).toString('utf8'));
      } catch {
        await this.log(false, 'body is not JSON', request.ip, 0);
        return { status: 400, body: { error: 'body is not JSON' } };
      }
      const { records, errors } = reviewsFromJson(payload);
      let report: IngestReport | null = null;
      if (!errors.length) report = await this.reviews.ingest(records.map((record, row) => ({ row, record })), 'webhook', (row) => `reviews[${row}].reviewer`);
      const problems = errors.length ? errors : (report?.errors ?? []).map((e) => ({ field: e.field, message: e.message }));
      if (problems.length) {
        await this.log(false, `invalid payload: ${problems[0].field} ${problems[0].message}`, request.ip, 0);
        return { status: 400, body: { error: 'invalid payload, nothing was stored', errors: problems } };
      }
      await this.log(true, `stored ${report!.imported}, skipped ${report!.duplicates} already known`, request.ip, report!.imported);
      return { status: 202, body: { accepted: report!.imported, duplicates: report!.duplicates } };
    });
  }

  /** Generates (or takes) the tenant's secret; the audit entry never carries its value. */
  async setSecret(secret?: string | null): Promise<string> {
    const value = secret ?? newWebhookSecret();
    await this.settings.set(WEBHOOK_SECRET_KEY, value);
    const ctx = RequestContexts.current();
    if (ctx) ctx.auditDetail = { targetType: 'Setting', targetId: WEBHOOK_SECRET_KEY, before: '[redacted]', after: '[redacted]' };
    return value;
  }

  async configured(): Promise<boolean> {
    return !!(await this.settings.get<string | null>(WEBHOOK_SECRET_KEY, null));
  }

  recentDeliveries(limit = 50): Promise<WebhookDeliveryEntity[]> {
    return this.data.repo(WebhookDeliveryEntity).find({ order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  private async log(accepted: boolean, reason: string, ip: string | undefined, reviews: number): Promise<void> {
    const repo = this.data.repo(WebhookDeliveryEntity);
    await repo.save(repo.create({ accepted, reason: reason.slice(0, 300), ip: ip?.slice(0, 64) ?? null, reviews }));
  }

  private async tenantIdOf(slug: string): Promise<string | null> {
    return (await this.tenants.findBySlug(slug))?.id ?? null;
  }
}
