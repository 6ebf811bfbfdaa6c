import { SELF } from "cloudflare:test";
import { expect, it } from "vitest";

it("answers /health from the Worker with D1 reachable", async () => {
  const res = await SELF.fetch("https://ghostwatch.test/health");
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", service: "ghostwatch" });
});
