// How far the JavaScript heap may grow between full collections in a build or preview.
import { setFlagsFromString } from "node:v8";

/**
 * V8's heap growth past the live data, in percent, before the next full collection. By default
 * V8 lets the heap grow to up to four times what survived the last collection, a trade made for
 * short-lived servers; a build keeps a large archive alive while it allocates much more for a
 * minute, so at 10,000 articles it peaked at 1.85 GB with 340 MB live (issue 13). Doubling at
 * most bounds the peak near twice the live data (1.13 GB there) for about 5% more CPU.
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * Bounds the heap's growth for the rest of the process, extraction workers included (V8's flags
 * are the process's). Set at run time rather than on Node's command line: `digest` is started
 * as `node bin/digest.js`, `npx digest` and `npm run build`, and NODE_OPTIONS refuses the flag.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
