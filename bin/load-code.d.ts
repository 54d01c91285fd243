// Types of load-code.js (plain JavaScript: it runs before any TypeScript can).
export function compiledIsCurrent(): boolean;
export function compiledIsCurrentAt(projectRoot: string): boolean;
export function loadCode(path: string): Promise<Record<string, unknown>>;
export function sourcesHash(projectRoot: string): string;
export const CLOCK_SLACK_MS: number;
