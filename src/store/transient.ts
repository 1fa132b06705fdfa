// Store errors that pass by themselves: delivered again a little later, the same request
// succeeds. Under load the common one is the pool's wait for a free connection running out
// (pg-pool's "timeout exceeded when trying to connect"), which the soak's burst showed as
// thousands of 500s at a load average near 20 before it was told apart.
const TRANSIENT_SQLSTATE = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);
/** SQLSTATE classes: 08 connection exception, 53 insufficient resources (too many connections, out of memory). */
const TRANSIENT_CLASS = new Set(['08', '53']);
const NODE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const POOL_MESSAGES = [/^timeout exceeded when trying to connect/i, /^Connection terminated/i];

export function isTransientStoreError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (TRANSIENT_SQLSTATE.has(code) || NODE_NETWORK.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && TRANSIENT_CLASS.has(code.slice(0, 2))) return true;
  }
  return POOL_MESSAGES.some((re) => re.test(err.message));
}
