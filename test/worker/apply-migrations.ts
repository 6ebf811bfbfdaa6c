/**
 * Setup file of the `worker` test project: applies `migrations/*.sql` (read in Node by
 * `readD1Migrations` in vitest.config.ts) to the test D1 database before each test file.
 */
import { applyD1Migrations, env } from "cloudflare:test";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
