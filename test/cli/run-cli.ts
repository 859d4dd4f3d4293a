import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { builtPackage } from './built-package.js';

/** What one run of the bin printed, and its exit code. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built bin's path (see {@link builtPackage}). */
export async function binPath(): Promise<string> {
  return join(await builtPackage(), 'dist', 'cli', 'index.js');
}


/** Starts the built bin with `args`; the caller owns the child. */
export async function spawnCli(args: readonly string[], env: Record<string, string>): Promise<ChildProcess> {
  return spawn(process.execPath, [await binPath(), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs the built bin to its end. */
export async function runCli(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  return finished(await spawnCli(args, env));
}

/** Collects a child's output until it exits. */
export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The NDJSON records of an output, parsed. */
export function records(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
