#!/usr/bin/env node
// The `digest` command. The code is TypeScript run through tsx's loader, so there is no
// build step between editing src/ and running it (the project runs TypeScript through tsx; see README, "For developers").
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
