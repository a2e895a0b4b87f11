import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RateLimitedError } from '../graphql/errors.js';

/**
 * Counts failed logins per account and per address; once either is over its limit, logins for
 * it are refused (even with the right password) until the window passes.
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterMemory;
  private readonly perAddress: RateLimiterMemory;

  constructor(accountFailures = 5, addressFailures = 30, windowSeconds = 15 * 60) {
    this.perAccount = new RateLimiterMemory({ points: accountFailures, duration: windowSeconds, keyPrefix: 'login-account' });
    this.perAddress = new RateLimiterMemory({ points: addressFailures, duration: windowSeconds, keyPrefix: 'login-address' });
  }

  async check(accountKey: string, address: string): Promise<void> {
    for (const [limiter, key, what] of [[this.perAccount, accountKey, 'this account'], [this.perAddress, address, 'this address']] as const) {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limiter.points) {
        const seconds = Math.ceil(res.msBeforeNext / 1000);
        throw new RateLimitedError(`Too many failed sign-ins for ${what}; try again in ${seconds} seconds`, seconds);
      }
    }
  }

  async fail(accountKey: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(accountKey, 1), this.perAddress.penalty(address, 1)]);
  }

  async succeed(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }
}
