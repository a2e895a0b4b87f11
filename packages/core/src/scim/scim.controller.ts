import { Body, Controller, Delete, Get, HttpException, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../access/decorators.js';
import { isUniqueViolation } from '../database/db-errors.js';
import { CadreError } from '../graphql/errors.js';
import { ScimError } from './scim-error.js';
import { ScimGroupService } from './scim-group.service.js';
import { ScimUserService, type ScimUserInput } from './scim-user.service.js';

export const SCIM_PERMISSION = 'scim.provision';
const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** SCIM 2.0 users (RFC 7643/7644) for an identity provider's provisioning, with an API token holding the `scim` scope. */
@Controller('scim/v2')
export class ScimController {
  constructor(
    private readonly users: ScimUserService,
    private readonly groups: ScimGroupService,
  ) {}

  @Get('Users')
  @RequirePermission(SCIM_PERMISSION)
  listUsers(@Query('filter') filter: string | undefined, @Query('startIndex') start: string | undefined, @Query('count') count: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 200, () => page(start, count, (from, take) => this.users.list(filter, from, take)));
  }

  @Get('Users/:id')
  @RequirePermission(SCIM_PERMISSION)
  getUser(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 200, () => this.users.get(id));
  }

  @Post('Users')
  @RequirePermission(SCIM_PERMISSION)
  createUser(@Body() body: ScimUserInput, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 201, () => this.users.create(body ?? {}));
  }

  @Put('Users/:id')
  @RequirePermission(SCIM_PERMISSION)
  replaceUser(@Param('id') id: string, @Body() body: ScimUserInput, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 200, () => this.users.replace(id, body ?? {}));
  }

  @Patch('Users/:id')
  @RequirePermission(SCIM_PERMISSION)
  patchUser(@Param('id') id: string, @Body() body: { Operations?: Array<{ op?: string; path?: string; value?: unknown }> }, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 200, () => this.users.patch(id, body?.Operations ?? []));
  }

  @Delete('Users/:id')
  @RequirePermission(SCIM_PERMISSION)
  deleteUser(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 204, async () => {
      await this.users.remove(id);
      return null;
    });
  }

  @Get('Groups')
  @RequirePermission(SCIM_PERMISSION)
  listGroups(@Query('filter') filter: string | undefined, @Query('startIndex') start: string | undefined, @Query('count') count: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 200, () => page(start, count, (from, take) => this.groups.list(filter, from, take)));
  }

  @Get('Groups/:id')
  @RequirePermission(SCIM_PERMISSION)
  getGroup(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 200, () => this.groups.get(id));
  }

  @Patch('Groups/:id')
  @RequirePermission(SCIM_PERMISSION)
  patchGroup(@Param('id') id: string, @Body() body: { Operations?: Array<{ op?: string; path?: string; value?: unknown }> }, @Res({ passthrough: true }) reply: FastifyReply) {
    return answer(reply, 200, () => this.groups.patch(id, body?.Operations ?? []));
  }
}

/** A ListResponse (RFC 7644 §3.4.2): 1-based startIndex, count capped at 200 (100 when not given). */
async function page(start: string | undefined, count: string | undefined, read: (startIndex: number, count: number) => Promise<{ total: number; resources: unknown[] }>) {
  const startIndex = Math.max(1, Number(start) || 1);
  const take = Math.min(200, Math.max(0, count === undefined ? 100 : Number(count) || 0));
  const { total, resources } = await read(startIndex, take);
  return { schemas: [LIST_SCHEMA], totalResults: total, startIndex, itemsPerPage: resources.length, Resources: resources };
}

/**
 * The result as application/scim+json, or the error in SCIM's shape. The reply is sent by Nest
 * after the handler, so a write is answered only once its transaction has committed.
 */
async function answer(reply: FastifyReply, status: number, run: () => Promise<unknown>): Promise<unknown> {
  try {
    const body = await run();
    reply.status(status).header('content-type', 'application/scim+json; charset=utf-8');
    return body ?? undefined;
  } catch (error) {
    const scim = error instanceof ScimError ? error
      : error instanceof CadreError ? new ScimError(STATUS[error.code] ?? 500, error.code === 'BAD_USER_INPUT' ? 'invalidValue' : error.code === 'CONFLICT' ? 'uniqueness' : undefined, error.message)
      // The same user POSTed twice at once: the unique index refuses the second, which is SCIM's 409.
      : isUniqueViolation(error) ? new ScimError(409, 'uniqueness', 'A user with this userName was created at the same moment')
      : null;
    if (!scim) throw error;
    throw new HttpException(scim.body(), scim.status);
  }
}
