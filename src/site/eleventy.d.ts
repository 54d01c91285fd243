// Eleventy 3.1 ships no declarations for its main entry; only what render-site.ts calls.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: { addGlobalData(name: string, data: unknown): void }) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Silences its console output (summary, warnings, error report). */
    disableLogger(): void;
  }
}
