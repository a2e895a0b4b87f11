import { definePlugin } from '@cadre/sdk';

/**
 * Win the people the company needs: comp bands, requisitions, pipeline, offers.
 * This declaration reserves the plugin's id and permissions; its domain is built on top of it.
 */
export const attractionPlugin = definePlugin({
  id: 'attraction',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Win the people the company needs: comp bands, requisitions, pipeline, offers',
  permissions: [
    { id: 'attraction.bands.read', description: 'See compensation bands and market data', defaultRoles: ['admin', 'hr', 'recruiter', 'manager'] },
    { id: 'attraction.bands.write', description: 'Edit compensation bands and import market data', defaultRoles: ['admin', 'hr'] },
    { id: 'attraction.requisitions.read', description: 'See requisitions', defaultRoles: ['admin', 'hr', 'recruiter', 'manager'] },
    { id: 'attraction.requisitions.write', description: 'Open and approve requisitions', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'attraction.candidates.read', description: 'See candidates and the pipeline', defaultRoles: ['admin', 'hr', 'recruiter', 'manager'] },
    { id: 'attraction.candidates.write', description: 'Move candidates and write scorecards', defaultRoles: ['admin', 'hr', 'recruiter'] },
    { id: 'attraction.offers.read', description: 'See offers', defaultRoles: ['admin', 'hr', 'recruiter'] },
    { id: 'attraction.offers.write', description: 'Draft, approve and send offers', defaultRoles: ['admin', 'hr', 'recruiter'] },
  ],
});
