import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type IRateLimiterOptions, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../graphql/errors.js';
import { msg } from '../i18n/msg.js';

export interface LoginLimits {
  /** Failures allowed for one account from one address; then that pair is refused for the window. */
  perAccountAddress: number;
  /** Failures allowed from one address over all accounts; then the address is refused. */
  perAddress: number;
  /** Failures on one account (from anywhere) after which sign-ins from unknown addresses are slowed. */
  accountSlowdown: number;
  windowSeconds: number;
}

export interface LoginVerdict {
  /** How long to hold this attempt before checking the password (0: not at all). */
  delayMs: number;
}

const MAX_DELAY_MS = 4000;

/**
 * Counts failed sign-ins so that an attacker cannot lock the real person out: the attacker's
 * address is refused (per account and address, and per address), while the account itself is
 * never blocked — past a number of failures, attempts from addresses it has never signed in
 * from are only slowed down, and attempts from known addresses go straight through. With Redis the
 * counts live there, shared by every server process.
 */
export class LoginLimiter {
  private readonly pair: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;

  constructor(
    private readonly limits: LoginLimits,
    redis: Redis | null = null,
    prefix = 'cadre',
  ) {
    const duration = limits.windowSeconds;
    const make = (points: number, name: string) => {
      const options: IRateLimiterOptions = { points, duration, keyPrefix: `${prefix}:${name}` };
      return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
    };
    this.pair = make(limits.perAccountAddress, 'login-pair');
    this.address = make(limits.perAddress, 'login-address');
    this.account = make(Number.MAX_SAFE_INTEGER, 'login-account');
  }

  /** Refuses a refused pair or address; otherwise says how much to slow this attempt down. */
  async check(account: string, address: string, knownAddress: boolean): Promise<LoginVerdict> {
    await this.refuseOver(this.pair, `${account}|${address}`, this.limits.perAccountAddress, 'this account from your address');
    await this.refuseOver(this.address, address, this.limits.perAddress, 'your address');
    if (knownAddress) return { delayMs: 0 };
    const failures = (await this.account.get(account))?.consumedPoints ?? 0;
    const excess = failures - this.limits.accountSlowdown;
    return { delayMs: excess < 0 ? 0 : Math.min(MAX_DELAY_MS, 250 * 2 ** Math.min(excess, 4)) };
  }

  /** Records a failure; returns the account's failures in the window (from every address). */
  async fail(account: string, address: string): Promise<number> {
    const [, , accountRes] = await Promise.all([this.pair.penalty(`${account}|${address}`, 1), this.address.penalty(address, 1), this.account.penalty(account, 1)]);
    return accountRes.consumedPoints;
  }

  async succeed(account: string, address: string): Promise<void> {
    await this.pair.delete(`${account}|${address}`);
  }

  private async refuseOver(limiter: RateLimiterAbstract, key: string, points: number, what: string): Promise<void> {
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= points) {
      const seconds = Math.ceil(res.msBeforeNext / 1000);
      throw new RateLimitedError(msg`Too many failed sign-ins for ${what}; try again in ${seconds} seconds`, seconds);
    }
  }
}
