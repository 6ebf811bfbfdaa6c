/**
 * The page frame: header navigation, the demo banner, the stylesheet from Workers static assets.
 * No inline script or style (the CSP forbids both); Hono JSX escapes every text and attribute.
 */
import type { Child } from "hono/jsx";
import { can, type Principal } from "../auth/roles.ts";

export interface PageContext {
  principal: Principal;
  csrfToken: string;
  demo: boolean;
  tenantName: string;
  timeZone: string;
  path: string;
}

const NAV: { href: string; label: string; show: (p: Principal) => boolean }[] = [
  { href: "/", label: "Overview", show: (p) => can(p, "findings:read") },
  { href: "/findings", label: "Findings", show: (p) => can(p, "findings:read") },
  { href: "/sync", label: "Sync health", show: (p) => can(p, "ops:read") },
  { href: "/alerts", label: "Alert log", show: (p) => can(p, "ops:read") },
  { href: "/dead-letters", label: "Dead letters", show: (p) => can(p, "ops:read") },
  { href: "/settings", label: "Settings", show: (p) => can(p, "settings:read") },
];

/**
 * A full HTML page.
 *
 * @example
 * c.html(<Layout ctx={ctx} title="Findings">…</Layout>)
 */
export function Layout(props: { ctx: PageContext; title: string; children?: Child }) {
  const { ctx } = props;
  const current = (href: string) =>
    href === "/" ? ctx.path === "/" : ctx.path === href || ctx.path.startsWith(`${href}/`);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ghostwatch`}</title>
        <link rel="stylesheet" href="/assets/dashboard.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        {ctx.demo ? (
          <div class="demo-banner" role="status" data-role="demo-banner">
            Demo mode: no sign-in, you are the demo HR-ops and admin user. Never deploy with DEMO_MODE.
          </div>
        ) : null}
        <header class="top">
          <a class="brand" href="/">
            ghostwatch
          </a>
          <nav aria-label="Main">
            {NAV.filter((n) => n.show(ctx.principal)).map((n) => (
              <a href={n.href} aria-current={current(n.href) ? "page" : undefined}>
                {n.label}
              </a>
            ))}
          </nav>
          <span class="who">
            {ctx.tenantName} · {ctx.principal.email ?? ctx.principal.actor} ({ctx.principal.roles.join(", ")})
          </span>
        </header>
        <main id="main">
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

/**
 * A bare page for refusals (no navigation, no tenant data).
 *
 * @example
 * c.html(<ErrorPage status={403} message="your role does not allow this" />, 403)
 */
export function ErrorPage(props: { status: number; message: string }) {
  const title =
    props.status === 401
      ? "Sign-in required"
      : props.status === 403
        ? "Not allowed"
        : props.status === 404
          ? "Not found"
          : "Unavailable";
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ghostwatch`}</title>
        <link rel="stylesheet" href="/assets/dashboard.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <main>
          <h1>{title}</h1>
          <p class="error-box">{props.message}</p>
        </main>
      </body>
    </html>
  );
}

/** Hidden CSRF field of every state-changing form. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** Severity badge. */
export function SeverityBadge(props: { severity: string }) {
  return <span class={`sev sev-${props.severity}`}>{props.severity}</span>;
}

/** Status badge. */
export function StatusBadge(props: { status: string }) {
  return <span class={`status status-${props.status}`}>{props.status.replace("_", " ")}</span>;
}
