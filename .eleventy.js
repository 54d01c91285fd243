// Eleventy's configuration file (for `digest build` and `npm start` alike). The configuration
// itself is src/site/eleventy-setup.ts: this file only picks the compiled copy in dist/ when it
// is current, else the TypeScript through tsx (bin/load-code.js).
import { loadCode } from "./bin/load-code.js";

const setup = await loadCode("site/eleventy-setup");

export default setup.default;
export const config = setup.config;
