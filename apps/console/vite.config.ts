import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pluginPackages } from './vite/plugin-packages.ts';

// The console part contract is compiled from source so the browser bundle never waits on (or
// pulls in) the server-side SDK build; plugin console parts resolve the same module.
export const sdkConsole = fileURLToPath(new URL('../../packages/sdk/src/console.ts', import.meta.url));
const sdkKit = fileURLToPath(new URL('../../packages/sdk/src/console/kit.ts', import.meta.url));
const sdkChart = fileURLToPath(new URL('../../packages/sdk/src/console/kit/Chart.tsx', import.meta.url));

export default defineConfig({
  plugins: [react(), pluginPackages()],
  resolve: {
    // Exact matches: a plain '@cadre/sdk/console' entry would also rewrite '…/console/kit'.
    alias: [
      { find: /^@cadre\/sdk\/console$/, replacement: sdkConsole },
      { find: /^@cadre\/sdk\/console\/kit$/, replacement: sdkKit },
      { find: /^@cadre\/sdk\/console\/chart$/, replacement: sdkChart },
    ],
    // A plugin package's console part uses the console's copies of the UI libraries, wherever it is installed.
    dedupe: ['react', 'react-dom', 'antd', '@ant-design/icons', 'dayjs', 'echarts', 'echarts-for-react', '@tanstack/react-query', 'react-router'],
  },
  server: {
    proxy: { '/graphql': 'http://localhost:3000', '/auth/sso': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
});
