import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';

const KINDS = ['assign', 'staff', 'allocate', 'band'] as const;

export function registerSolveCommand(program: Command): void {
  program
    .command('solve <kind>')
    .description(`Solve a problem from JSON with the WASM solver (${KINDS.join(' | ')}) and print the result as JSON`)
    .requiredOption('--input <file>', 'problem as JSON')
    .action(async (kind: string, opts: { input: string }) => {
      if (!KINDS.includes(kind as (typeof KINDS)[number])) throw new CliError(`unknown problem kind "${kind}" (expected ${KINDS.join(', ')})`);
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(opts.input, 'utf8'));
      } catch (error) {
        throw new CliError(`cannot read ${opts.input} as JSON: ${(error as Error).message}`);
      }
      const { solveJson } = await import('@cadre/solver/json');
      const result = await solveJson(kind as (typeof KINDS)[number], input);
      console.log(JSON.stringify(result, null, 2));
    });
}
