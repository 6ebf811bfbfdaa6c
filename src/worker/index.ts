import { Hono } from "hono";

/** Bindings the Worker expects; see wrangler.toml. */
export interface Env {
  DB: D1Database;
  GRAPH_BASE_URL: string;
  MS_LOGIN_BASE_URL: string;
  GMAIL_ROOT_URL: string;
  CALENDAR_ROOT_URL: string;
  GOOGLE_TOKEN_URL: string;
}

const app = new Hono<{ Bindings: Env }>();

app.get("/health", async (c) => {
  const row = await c.env.DB.prepare("SELECT 1 AS ok").first<{ ok: number }>();
  return c.json({ status: row?.ok === 1 ? "ok" : "degraded", service: "ghostwatch" });
});

export default app;
