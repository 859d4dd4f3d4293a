import { ServiceFault, epochSeconds, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';
import { CONFIG_INPUT_RULES } from './hub-rules.js';
import { page } from './paging.js';
import { checkWire, hubFault } from './wire-input.js';

/** The emulated Migration Hub Config (GetHomeRegion, DescribeHomeRegionControls), served next to Migration Hub. @internal */
export class HubConfigEmulator implements ServiceModule {
  /** @internal */ readonly service = 'migrationhub-config' as const;
  /** @internal */ readonly signingName = 'mgh';
  /** @internal */ readonly protocol = 'awsJson1_1' as const;
  /** @internal */ readonly targetPrefix = 'AWSMigrationHubMultiAccountService';
  /** @internal */ readonly operations: readonly string[] = Object.keys(CONFIG_INPUT_RULES);
  /** @internal */ readonly faults: FaultErrors = {
    throttle: hubFault('ThrottlingException', 'Rate exceeded', { RetryAfterSeconds: 1 }),
    serverError: new ServiceFault('InternalServerError', 'Internal error', { status: 500, messageMember: 'Message' }),
    accessDenied: hubFault('AccessDeniedException', 'Access denied'),
  };
  readonly #ctx: EmulatorContext;

  /** @internal */
  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    const { operation, input } = request;
    const rule = Object.hasOwn(CONFIG_INPUT_RULES, operation) ? CONFIG_INPUT_RULES[operation] : undefined;
    if (!rule) throw new ServiceFault('UnknownOperationException', `${operation} is not supported by the emulated Migration Hub Config`);
    checkWire(rule, input, '');
    const region = this.#ctx.homeRegion.region;
    if (operation === 'GetHomeRegion') return region === null ? {} : { HomeRegion: region };
    const control =
      region === null
        ? []
        : [
            {
              ControlId: this.#ctx.homeRegion.controlId,
              HomeRegion: region,
              Target: { Type: 'ACCOUNT', Id: this.#ctx.accountId },
              RequestedTime: epochSeconds(this.#ctx.homeRegion.requestedAt),
            },
          ];
    const target = input['Target'] as { Type?: unknown; Id?: unknown } | undefined;
    const matching = control.filter(
      (c) =>
        (input['ControlId'] === undefined || input['ControlId'] === c.ControlId) &&
        (input['HomeRegion'] === undefined || input['HomeRegion'] === c.HomeRegion) &&
        (target?.Id === undefined || target.Id === c.Target.Id),
    );
    const { items, nextToken } = page('controls', matching, input, 100);
    return { HomeRegionControls: items, ...(nextToken ? { NextToken: nextToken } : {}) };
  }
}
