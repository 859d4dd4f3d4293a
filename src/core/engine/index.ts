/** The request engine: per-request signals and deadlines, the poll schedule, the throttle governor. @internal */
export { DeadlineReached, WaitScope, contextOf, setContext } from './context.js';
export type { RequestContext } from './context.js';
export { DEFAULT_MAX_ATTEMPTS, ENGINE, RequestEngine, defaultEngine, engineFor } from './engine.js';
export type { Call, EngineCarrier, EngineStats, RequestEngineOptions } from './engine.js';
export { Governor } from './governor.js';
export type { Priority } from './governor.js';
export { PollSchedule } from './schedule.js';
export type { WakeWindow } from './schedule.js';
export { clientSignal, linkSignal, onAbort, raceAbort, throwIfCancelled } from './signals.js';
export type { LinkedSignal } from './signals.js';
