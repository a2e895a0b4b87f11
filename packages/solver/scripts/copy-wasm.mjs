// Puts the asc output next to the compiled loaders: both resolve './solver.wasm' from their own URL.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(new URL('../build/solver.wasm', import.meta.url), new URL('../dist/solver.wasm', import.meta.url));
