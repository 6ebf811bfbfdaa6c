import "vitest";

declare module "vitest" {
  /** Values `test/global-setup.ts` provides to every project. */
  export interface ProvidedContext {
    /** Loopback ports of the fake servers started for the tests, by fake name (folder under `fakes/`). */
    fakePorts: Record<string, number>;
  }
}
