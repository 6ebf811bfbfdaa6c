/**
 * A candidate's timeline: every message and event across the team's mailboxes on one time axis,
 * with labels, confidence and evidence, the SLA deadlines of open findings and "now" placed on
 * the same axis.
 */
import { dateTime, typeTitle } from "../../engine/report/format.ts";
import type { TimelineEntry } from "../../storage/dashboard-queries.ts";
import type { StoredFinding } from "../../worker/lifecycle/reconcile.ts";
import { Layout, type PageContext, SeverityBadge, StatusBadge } from "../layout.tsx";
import { findingHref } from "./findings.tsx";

type Row =
  | { kind: "item"; at: string; item: TimelineEntry }
  | { kind: "due"; at: string; finding: StoredFinding }
  | { kind: "now"; at: string };

/**
 * @example
 * c.html(<CandidatePage ctx={ctx} candidate={tl.candidate} items={tl.items} findings={fs} now={new Date()} orgDomains={["acme.com"]} />)
 */
export function CandidatePage(props: {
  ctx: PageContext;
  candidate: {
    id: string;
    primaryAddress: string;
    addresses: string[];
    name: string | null;
    role: string | null;
    team: string | null;
  };
  items: TimelineEntry[];
  findings: StoredFinding[];
  mailboxNames: Record<string, string>;
  now: Date;
}) {
  const tz = props.ctx.timeZone;
  const c = props.candidate;
  const candidateAddresses = new Set(c.addresses.map((a) => a.toLowerCase()));
  const rows: Row[] = [
    ...props.items.map((item) => ({ kind: "item" as const, at: item.at, item })),
    ...props.findings
      .filter((f) => f.dueAt && (f.status === "open" || f.status === "acknowledged"))
      .map((finding) => ({ kind: "due" as const, at: finding.dueAt as string, finding })),
    { kind: "now" as const, at: props.now.toISOString() },
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const open = props.findings.filter((f) => f.status === "open" || f.status === "acknowledged");
  return (
    <Layout ctx={props.ctx} title={c.name ? `${c.name}` : c.primaryAddress}>
      <p>
        {c.addresses.join(", ")}
        {c.role ? ` · ${c.role}` : ""}
        {c.team ? ` · team ${c.team}` : ""}
      </p>
      {open.map((f) => (
        <div
          class={`clock${f.dueAt && Date.parse(f.dueAt) > props.now.getTime() ? " ok" : ""}`}
          data-role="sla-clock"
        >
          <SeverityBadge severity={f.severity} /> <a href={findingHref(f.key)}>{f.title}</a> ·{" "}
          {f.dueAt
            ? Date.parse(f.dueAt) > props.now.getTime()
              ? `SLA clock running: due ${dateTime(f.dueAt, tz)}`
              : `SLA breached: was due ${dateTime(f.dueAt, tz)}`
            : "no SLA deadline"}
        </div>
      ))}
      <section class="card">
        <h2>Timeline ({String(props.items.length)} items, all mailboxes)</h2>
        <ol class="timeline" id="timeline">
          {rows.map((r) => {
            if (r.kind === "now")
              return (
                <li class="sla">
                  <span class="when">{dateTime(r.at, tz)}</span> · <b>now</b>
                </li>
              );
            if (r.kind === "due")
              return (
                <li class="sla">
                  <span class="when">{dateTime(r.at, tz)}</span> · <b>SLA deadline</b>:{" "}
                  {typeTitle(r.finding.type)} (<a href={findingHref(r.finding.key)}>{r.finding.title}</a>)
                </li>
              );
            const it = r.item;
            const fromCandidate = it.from ? candidateAddresses.has(it.from.toLowerCase()) : false;
            return (
              <li
                class={it.kind === "event" ? "event" : fromCandidate ? "candidate" : undefined}
                data-item={it.id}
              >
                <span class="when">{dateTime(it.at, tz)}</span> ·{" "}
                {it.kind === "event" ? (
                  <>
                    <b>Interview</b> {it.subject} ({dateTime(it.start, tz)} – {dateTime(it.end, tz)})
                    {it.cancelled ? " · cancelled" : ""}
                  </>
                ) : (
                  <>
                    <span class="label">{it.label}</span>{" "}
                    <span class="small muted">
                      {it.confidence === null ? "" : `${Math.round(it.confidence * 100)}%`}
                    </span>{" "}
                    <b>{it.subject || "(no subject)"}</b>
                  </>
                )}
                <div class="small">
                  {it.kind === "event" ? "organiser" : "from"}{" "}
                  {it.fromName ? `${it.fromName} <${it.from}>` : (it.from ?? "—")} → {it.to.join(", ") || "—"}
                </div>
                <div class="small muted">
                  seen in {it.mailboxIds.map((m) => props.mailboxNames[m] ?? m).join(", ")}
                  {it.evidence.length ? ` · evidence: ${it.evidence.join("; ")}` : ""}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      <section class="card">
        <h2>Findings</h2>
        <ul>
          {props.findings.map((f) => (
            <li>
              <SeverityBadge severity={f.severity} /> <StatusBadge status={f.status} />{" "}
              <a href={findingHref(f.key)}>{f.title}</a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
