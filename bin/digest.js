#!/usr/bin/env node
// The `digest` command: the compiled JavaScript in dist/, or src/ through tsx while an edit is
// not compiled yet (see load-code.js).
import { loadCode } from "./load-code.js";

const { main } = await loadCode("cli/main");
process.exitCode = await main(process.argv.slice(2));
