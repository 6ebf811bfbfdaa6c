/**
 * The Worker's entry module may export only handlers and Durable Object classes: workerd refuses
 * to start on any other value (a string constant there stopped `wrangler dev` once).
 */
import { expect, it } from "vitest";
import * as entry from "../../src/worker/index.ts";

it("exports only the default handler object and classes", () => {
  for (const [name, value] of Object.entries(entry)) {
    if (name === "default") {
      expect(Object.keys(value as object).sort()).toEqual(["fetch", "queue", "scheduled"]);
    } else {
      expect(typeof value, `export ${name}`).toBe("function");
    }
  }
});
