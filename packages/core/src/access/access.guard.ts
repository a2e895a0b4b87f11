import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestContexts, type RequestContext } from '../context/request-context.js';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors.js';
import { PERMISSION_KEY, PUBLIC_KEY, SIGNED_IN_KEY } from './decorators.js';
import { msg } from '../i18n/msg.js';

/**
 * The one gate in front of every resolver and controller. It fails closed: an operation that
 * declares neither a permission, @SignedIn nor @Public is refused (and the host refuses to boot
 * with one, so this is a second line).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<string>(PERMISSION_KEY, targets);
    const signedIn = this.reflector.getAllAndOverride<boolean>(SIGNED_IN_KEY, targets);
    const name = `${context.getClass().name}.${context.getHandler().name}`;
    if (!permission && !signedIn) throw new ForbiddenError(msg`${name} declares no permission`);

    const ctx = RequestContexts.current() as (RequestContext & { authError?: UnauthenticatedError }) | undefined;
    if (ctx?.authError) throw ctx.authError;
    if (!ctx || (!ctx.accountId && !ctx.system)) throw new UnauthenticatedError();
    if (permission && !ctx.permissions.has(permission)) throw new ForbiddenError(msg`This needs the permission ${permission}`);
    return true;
  }
}
