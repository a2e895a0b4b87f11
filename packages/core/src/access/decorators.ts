import { SetMetadata } from '@nestjs/common';

export const PERMISSION_KEY = 'cadre:permission';
export const PUBLIC_KEY = 'cadre:public';
export const SIGNED_IN_KEY = 'cadre:signed-in';

/** The operation (query, mutation, resolved field) needs this permission. */
export const RequirePermission = (permission: string) => SetMetadata(PERMISSION_KEY, permission);

/** Anyone, signed in or not, may call it (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Any signed-in account may call it; the service decides what the account may see (me, logout). */
export const SignedIn = () => SetMetadata(SIGNED_IN_KEY, true);
