// The small part of Eleventy's configuration API the site stage uses. Eleventy 3.1 ships no
// TypeScript declarations for its main entry, so the shape is declared here, beside its users.

export interface EleventyConfig {
  addGlobalData(name: string, data: unknown): void;
  /** A template that lives only in the configuration (Eleventy 3 virtual templates). */
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void, options: T): void;
  /** Global data added so far (the programmatic API's `config` callback runs before the config file). */
  globalData: Record<string, unknown>;
}
