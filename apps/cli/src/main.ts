#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { ConfigError, PluginValidationError, UserInputError } from '@cadre/core';
import { registerDataCommands } from './commands/data.command.js';
import { registerPluginCommands } from './commands/plugin.command.js';
import { registerSolveCommand } from './commands/solve.command.js';

const program = new Command('cadre').description('Cadre: the self-hosted talent platform').version('0.1.0');
registerDataCommands(program);
registerPluginCommands(program);
registerSolveCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError || error instanceof PluginValidationError || error instanceof UserInputError || (error as Error).name === 'SolverError' || (error as Error).name === 'CliError') {
    console.error(`cadre: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
