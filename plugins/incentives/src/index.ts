import { definePlugin } from '@cadre/sdk';

/**
 * Pay and recognition people trust: reviews, calibration, the founding bonus model.
 * This declaration reserves the plugin's id and permissions; its domain is built on top of it.
 */
export const incentivesPlugin = definePlugin({
  id: 'incentives',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Pay and recognition people trust: reviews, calibration, the founding bonus model',
  permissions: [
    { id: 'incentives.cycles.read', description: 'See review cycles', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'incentives.cycles.write', description: 'Set up and run review cycles', defaultRoles: ['admin', 'hr'] },
    { id: 'incentives.reviews.read-all', description: 'Read every review and score', defaultRoles: ['admin', 'hr'] },
    { id: 'incentives.calibration.write', description: 'Calibrate scores', defaultRoles: ['admin', 'hr'] },
    { id: 'incentives.pools.read', description: 'See bonus pools and allocations', defaultRoles: ['admin', 'hr'] },
    { id: 'incentives.pools.write', description: 'Model, approve and publish bonus pools', defaultRoles: ['admin', 'hr'] },
  ],
});
