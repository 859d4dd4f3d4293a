/**
 * The `mgn:launch:*` columns MGN documents ("Import parameters", https://docs.aws.amazon.com/mgn/latest/ug/import-main.html)
 * and the form of each one's value. Value forms come from EC2 (ids, instance types, tenancy, volume types) and
 * are inferred for this file; the private IP is IPv4 because "The import feature is not supported for IPv6".
 * @module
 */
import { isIP } from 'node:net';

/** Checks one launch value: undefined when it is fine, else what is wrong ("is not …"). @internal */
export type LaunchCheck = (value: string) => string | undefined;

const form = (pattern: RegExp, what: string): LaunchCheck => (value) => (pattern.test(value) ? undefined : `is not ${what}`);
const oneOf = (values: readonly string[], caseless = false): LaunchCheck => (value) =>
  values.includes(caseless ? value.toLowerCase() : value) ? undefined : `is not one of ${values.join(', ')}`;

const LAUNCH_COLUMNS: readonly (readonly [RegExp, LaunchCheck])[] = [
  [/^mgn:launch:instance-type$/, form(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, 'an EC2 instance type like m5.large')],
  [/^mgn:launch:iam-instance-profile:name$/, form(/^[\w+=,.@-]{1,128}$/, 'an instance profile name')],
  [/^mgn:launch:nic:\d+:network-interface-id$/, form(/^eni-[0-9a-f]{8,}$/, 'a network interface id (eni-…)')],
  [/^mgn:launch:nic:\d+:subnet-id$/, form(/^subnet-[0-9a-fA-F]{8,}$/, 'a subnet id (subnet-…)')],
  [/^mgn:launch:nic:\d+:security-group-id:\d+$/, form(/^sg-[0-9a-fA-F]{8,}$/, 'a security group id (sg-…)')],
  [/^mgn:launch:nic:\d+:private-ip:\d+$/, (value) => (isIP(value) === 4 ? undefined : 'is not an IPv4 address (MGN import does not support IPv6)')],
  [/^mgn:launch:placement:host-id$/, form(/^h-[0-9a-f]{8,}$/, 'a dedicated host id (h-…)')],
  [/^mgn:launch:placement:operating-system-licensing$/, oneOf(['LI', 'BYOL'])],
  [/^mgn:launch:placement:tenancy$/, oneOf(['default', 'dedicated', 'host'])],
  [/^mgn:launch:tag:instance:.+$/, () => undefined],
  [/^mgn:launch:volume:.+:type$/, oneOf(['standard', 'io1', 'io2', 'gp2', 'gp3', 'st1', 'sc1'])],
  [/^mgn:launch:transfer-server-tags$/, oneOf(['true', 'false'], true)],
];

/** The check of a documented launch column, or undefined for a column MGN does not document. @internal */
export function checkLaunchColumn(column: string): LaunchCheck | undefined {
  return LAUNCH_COLUMNS.find(([pattern]) => pattern.test(column))?.[1];
}
