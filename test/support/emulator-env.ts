import type { Emulator } from '../../src/local/index.js';

/** The environment of a run against `emu`: its endpoint and credentials the AWS way, nothing else of ours. */
export function emulatorEnv(emu: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    AWS_ENDPOINT_URL: emu.endpoint,
    AWS_REGION: emu.region,
    AWS_ACCESS_KEY_ID: emu.clientConfig.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emu.clientConfig.credentials.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...extra,
  };
}
