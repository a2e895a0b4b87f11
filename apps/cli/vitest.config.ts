import { nodePreset } from '@cadre/vitest-config/node';

export default nodePreset({ testTimeout: 240_000 });
