// Page kind "story": records, output path and markup are in src/site/page-kinds.ts.
import { pageTemplate } from "../src/site/page-template.js";

export default pageTemplate("story");
