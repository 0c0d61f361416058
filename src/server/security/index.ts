/** Abuse protection shared by every instance: database-backed rate limiting. */
export { hit, check, reset, pruneThrottleBuckets, assertAllowed, throttleKey, type TThrottleOptions, type TThrottleResult, type TThrottleCheck } from "./throttle";
