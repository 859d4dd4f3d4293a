import { checkInteger, checkString, type StringRule } from '../core/index.js';
import { LIMITS } from './defaults.js';

// The model's patterns are unanchored (Smithy style); the service applies them to the whole value, so we anchor them.
const STREAM_RULE: StringRule = {
  max: LIMITS.streamName,
  pattern: /^[^/:|\x00-\x1f]+$/,
  patternHint: 'no "/", ":", "|" or control characters',
};
const TASK_NAME_RULE: StringRule = { max: LIMITS.taskName, pattern: /^[^:|]+$/, patternHint: 'no ":" or "|"' };
/** The model's `^.{0,n}$` patterns: `.` matches no line terminator. */
const SINGLE_LINE = /^[^\n\r\u0085\u2028\u2029]*$/;
const SINGLE_LINE_HINT = 'a single line (no line breaks)';
const ARTIFACT_ARN = /^arn:[a-z-]+:[a-z0-9-]+:(?:[a-z0-9-]+|):(?:[0-9]{12}|):.*$/;

/** The resource attribute types Migration Hub accepts (`ResourceAttributeType`). */
export const RESOURCE_ATTRIBUTE_TYPES = [
  'IPV4_ADDRESS',
  'IPV6_ADDRESS',
  'MAC_ADDRESS',
  'FQDN',
  'VM_MANAGER_ID',
  'VM_MANAGED_OBJECT_REFERENCE',
  'VM_NAME',
  'VM_PATH',
  'BIOS_ID',
  'MOTHERBOARD_SERIAL_NUMBER',
] as const;

/** One of {@link RESOURCE_ATTRIBUTE_TYPES}. */
export type ResourceAttributeType = (typeof RESOURCE_ATTRIBUTE_TYPES)[number];

/** A progress update stream name: 1–50 characters without `/`, `:`, `|` or control characters. @internal */
export function checkStreamName(field: string, value: unknown): string {
  return checkString(field, value, STREAM_RULE);
}

/** A migration task name: 1–256 characters without `:` or `|`. @internal */
export function checkTaskName(field: string, value: unknown): string {
  return checkString(field, value, TASK_NAME_RULE);
}

/** A status detail: at most 2,500 characters on one line (may be empty). @internal */
export function checkDetail(field: string, value: unknown): string {
  return checkString(field, value, { min: 0, max: LIMITS.statusDetail, pattern: SINGLE_LINE, patternHint: SINGLE_LINE_HINT });
}

/** A progress percentage: an integer 0–100. @internal */
export function checkPercent(field: string, value: unknown): number {
  return checkInteger(field, value, 0, 100);
}

/** `nextUpdateSeconds`: an integer ≥ `min` (0 for the service; `track()` needs at least 1). @internal */
export function checkNextUpdateSeconds(field: string, value: unknown, min = 0): number {
  return checkInteger(field, value, min, LIMITS.nextUpdateSeconds);
}

/** A resource attribute value: 1–256 characters on one line. @internal */
export function checkAttributeValue(field: string, value: unknown): string {
  return checkString(field, value, { max: LIMITS.resourceAttributeValue, pattern: SINGLE_LINE, patternHint: SINGLE_LINE_HINT });
}

/** A created artifact's name: an ARN of 1–1600 characters. @internal */
export function checkArtifactName(field: string, value: unknown): string {
  return checkString(field, value, { max: LIMITS.resourceName, pattern: ARTIFACT_ARN, patternHint: 'an ARN (arn:<partition>:<service>:<region>:<account>:<resource>)' });
}

/** A discovered resource's configuration id, or a `resourceName` filter: 1–1600 characters on one line. @internal */
export function checkConfigurationId(field: string, value: unknown): string {
  return checkString(field, value, { max: LIMITS.resourceName, pattern: SINGLE_LINE, patternHint: SINGLE_LINE_HINT });
}

/** A created artifact or discovered resource description: 0–500 characters on one line. @internal */
export function checkDescription(field: string, value: unknown): string {
  return checkString(field, value, { min: 0, max: LIMITS.description, pattern: SINGLE_LINE, patternHint: SINGLE_LINE_HINT });
}

