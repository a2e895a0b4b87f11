import { nodePreset } from '@cadre/vitest-config/node';

export default nodePreset();
