#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { registerConsoleCommands } from './commands/console.command.js';
import { registerDataCommands } from './commands/data.command.js';
import { registerExportCommand } from './commands/export.command.js';
import { registerPluginCommands } from './commands/plugin.command.js';
import { registerSolveCommand } from './commands/solve.command.js';
import { registerWorkerCommands } from './commands/worker.command.js';

const program = new Command('cadre').description('Cadre: the self-hosted talent platform').version('0.1.0');
registerConsoleCommands(program);
registerDataCommands(program);
registerExportCommand(program);
registerPluginCommands(program);
registerSolveCommand(program);
registerWorkerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Named by class name so that commands can load the server lazily (`solve` never needs it).
  const expected = ['ConfigError', 'PluginValidationError', 'DatabaseInUseError', 'CadreError', 'SolverError', 'CliError'];
  if (expected.includes((error as Error).name)) {
    console.error(`cadre: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
