// The thresholds of the rehearsal model (src/rehearsal/model.ts).
import type { Thresholds } from '../../src/rehearsal/model.ts';

/**
 * Chosen by leave-batch-out (scripts/rehearsalModel/holdout.ts --sweep, on dev10): an earn only
 * from 0.99, and no breach (every breach threshold tried read more good lines as breaching).
 */
export const THRESHOLDS: Thresholds = { earnAt: 0.99, breachAt: 1 };
