/**
 * Keeps local Worker runs (wrangler dev, unstable_startWorker, Miniflare) on this machine: no
 * metrics, and no fetch of the `Request.cf` placeholder from Cloudflare (Miniflare uses its
 * built-in placeholder instead). Scripts call it before they start a Worker; child processes
 * inherit it.
 *
 * @example
 * keepWranglerOffline();
 * const worker = await unstable_startWorker({ config: "wrangler.toml" });
 */
export function keepWranglerOffline(): void {
  process.env.WRANGLER_SEND_METRICS ??= "false";
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";
}
