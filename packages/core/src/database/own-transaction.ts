import { SetMetadata } from '@nestjs/common';

export const OWN_TRANSACTION_KEY = 'cadre:own-transaction';

/**
 * The mutation opens its own transactions and records its own audit entry in them, instead of
 * running as one transaction with it (the default). For work that must not hold a transaction
 * while it does something slow that writes nothing, such as checking a password.
 */
export const OwnTransaction = () => SetMetadata(OWN_TRANSACTION_KEY, true);
