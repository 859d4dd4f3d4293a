#!/usr/bin/env node
/**
 * The `amk` / `aws-migration-kit` command line. Built on the package's public entry points only (the root and
 * `/local`), as any user's script would be; the library never imports this folder.
 * @packageDocumentation
 */
import { Interrupted } from './exit-codes.js';
import { main } from './main.js';

const controller = new AbortController();
process.on('SIGINT', () => {
  // The first Ctrl-C aborts the waits through their signal (no request is sent after it); a second one exits at once.
  if (controller.signal.aborted) process.exit(130);
  controller.abort(new Interrupted());
});
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: controller.signal }).then((code) => {
  process.exitCode = code;
  // Idle keep-alive sockets of the SDK's HTTP agents must not hold the process open once the command is done.
  setTimeout(() => process.exit(code), 100).unref();
});
