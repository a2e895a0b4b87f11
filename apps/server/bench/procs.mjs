// Child processes of the benchmark (Cadre, the CLI, the anchor), their memory, and cleanup
// on every way out: normal end, error, Ctrl-C.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SERVER_MAIN = resolve(here, '../dist/main.js');
export const CLI_MAIN = resolve(here, '../../cli/dist/main.js');
export const ANCHOR_MAIN = resolve(here, 'anchor.mjs');

const children = new Set();
let interrupted = false;
/** True once Ctrl-C or SIGTERM arrived: what fails after it is the cleanup at work, not news. */
export const wasInterrupted = () => interrupted;
const refuseWhenInterrupted = () => {
  if (interrupted) throw new Error('interrupted');
};
const tempDirs = new Set();
const cleanups = [];

export function tempDir(prefix) {
  refuseWhenInterrupted();
  const dir = mkdtempSync(join(tmpdir(), `cadre-bench-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

/** Runs `fn` (async) at the end, before temp dirs go (e.g. dropping a PostgreSQL schema). */
export function onCleanup(fn) {
  refuseWhenInterrupted();
  cleanups.push(fn);
}

/** Resident set size of a process in MiB, from /proc/<pid>/status (null where there is no /proc). */
export function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * Starts a long-running node process and waits until a line of its stdout matches `ready`.
 * Resolves { child, match, output }; rejects with the output when it exits first or times out.
 * `nodeArgs` go to node itself (e.g. --cpu-prof), before the script.
 */
export function startProcess(script, args, env, ready, timeoutMs = 180_000, nodeArgs = []) {
  refuseWhenInterrupted();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (output.length > 200_000) output = output.slice(-100_000);
      const m = ready.exec(output);
      if (m && !done) {
        done = true;
        clearTimeout(timer);
        resolvePromise({ child, match: m, get output() { return output; } });
      }
    };
    let done = false;
    child.stdout.setEncoding('utf8').on('data', collect);
    child.stderr.setEncoding('utf8').on('data', (c) => { output += c; });
    child.on('exit', (code, signal) => {
      children.delete(child);
      child.exited = true;
      if (!done) {
        done = true;
        clearTimeout(timer);
        reject(new Error(`${script} exited (${code ?? signal}) before it was ready:\n${output.slice(-4000)}`));
      }
    });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      child.kill('SIGKILL');
      reject(new Error(`${script} was not ready after ${timeoutMs / 1000} s:\n${output.slice(-4000)}`));
    }, timeoutMs);
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code once the process is gone. */
export function stopProcess(child, graceMs = 20_000) {
  if (!child || child.exited) return Promise.resolve(child?.exitCode ?? null);
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolvePromise(code ?? signal);
    });
    child.kill('SIGTERM');
  });
}

/** Runs a command to its end; rejects with its output when it fails. */
export function runProcess(script, args, env, timeoutMs = 900_000) {
  refuseWhenInterrupted();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c) => { output += c; });
    child.stderr.setEncoding('utf8').on('data', (c) => { output += c; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      children.delete(child);
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${script} ${args.join(' ')} failed (${code ?? signal}):\n${output.slice(-4000)}`));
    });
  });
}

let cleaning = null;

/** Stops every child, runs the cleanups, deletes the temp dirs. Safe to call more than once. */
export function cleanupAll() {
  cleaning ??= (async () => {
    await Promise.all([...children].map((c) => stopProcess(c, 5_000)));
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    tempDirs.clear();
  })();
  return cleaning;
}

/** Ctrl-C and SIGTERM stop everything and exit; a crash cleans up too. */
export function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: stopping the servers and cleaning up…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
  // Last resort when the process ends without the async cleanup (an uncaught exception).
  process.once('exit', () => {
    for (const c of children) c.kill('SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
}
