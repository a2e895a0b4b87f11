import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console part contract is compiled from source so the browser bundle never waits on (or
// pulls in) the server-side SDK build; plugin console parts resolve the same module.
export const sdkConsole = fileURLToPath(new URL('../../packages/sdk/src/console.ts', import.meta.url));
const sdkKit = fileURLToPath(new URL('../../packages/sdk/src/console/kit.ts', import.meta.url));
const sdkChart = fileURLToPath(new URL('../../packages/sdk/src/console/kit/Chart.tsx', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Exact matches: a plain '@cadre/sdk/console' entry would also rewrite '…/console/kit'.
    alias: [
      { find: /^@cadre\/sdk\/console$/, replacement: sdkConsole },
      { find: /^@cadre\/sdk\/console\/kit$/, replacement: sdkKit },
      { find: /^@cadre\/sdk\/console\/chart$/, replacement: sdkChart },
    ],
    dedupe: ['react', 'react-dom'],
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
