import { CommitThenFail, Public } from '@cadre/sdk';
import { Controller, HttpCode, HttpException, Post, Req } from '@cadre/sdk/common';
import { CodeReviewWebhookService } from './code-review-webhook.service.js';
import { SIGNATURE_HEADER, TENANT_HEADER } from './review-signature.js';

interface RawRequest {
  headers: Record<string, string | string[] | undefined>;
  /** Kept by the host (rawBody: true) so the signature is checked over the exact bytes sent. */
  rawBody?: Buffer;
  ip?: string;
}

const header = (req: RawRequest, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** POST /hooks/knowledge/code-reviews — the forge webhook; authenticated by its HMAC signature. */
@Controller('hooks/knowledge')
export class CodeReviewWebhookController {
  constructor(private readonly webhook: CodeReviewWebhookService) {}

  @Post('code-reviews')
  @Public()
  @HttpCode(202)
  async receive(@Req() req: RawRequest): Promise<{ accepted?: number; duplicates?: number }> {
    const result = await this.webhook.receive({ tenantSlug: header(req, TENANT_HEADER), signature: header(req, SIGNATURE_HEADER), rawBody: req.rawBody, ip: req.ip });
    // A refused delivery is still logged: the log entry commits although the answer is an error.
    if (result.status !== 202) throw new CommitThenFail(new HttpException(result.body, result.status));
    return result.body;
  }
}
