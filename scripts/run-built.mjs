// `node scripts/run-built.mjs <script.mjs> [args...]`: runs a script that imports the built package (the demo, the
// benchmarks), rebuilding dist/ first only when it is stale, and saying so while it builds. The AWS SDK's
// Node-version notice is silenced for the script (the README's "Set up" explains it).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/run-built.mjs <script.mjs> [args...]');
  process.exit(2);
}
try {
  buildIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.argv.splice(1, 2, resolve(script)); // the script sees its own path and arguments, as if run directly
await import(pathToFileURL(resolve(script)).href);
