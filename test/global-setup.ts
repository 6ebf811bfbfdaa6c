/**
 * Starts every fake server under `fakes/<name>/server.ts` on a free loopback port and provides
 * `fakePorts` (name → port) to the test projects. Each fake module exports
 * `startServer(options?: { port?: number }): Promise<{ port: number; url: string; close(): Promise<void> }>`.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";

interface RunningFake {
  port: number;
  url: string;
  close(): Promise<void>;
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, "..", "fakes");
  const running: RunningFake[] = [];
  const ports: Record<string, number> = {};
  for (const name of existsSync(root) ? readdirSync(root).sort() : []) {
    const file = join(root, name, "server.ts");
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as { startServer(): Promise<RunningFake> };
    const fake = await mod.startServer();
    running.push(fake);
    ports[name] = fake.port;
  }
  project.provide("fakePorts", ports);
  return async () => {
    await Promise.all(running.map((f) => f.close()));
  };
}
