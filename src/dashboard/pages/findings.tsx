/**
 * The findings list (filters, paging) and one finding's detail (evidence, suggested repair,
 * acknowledge / resolve actions, history).
 */
import { FINDING_TYPES, FindingStatus, Severity } from "../../engine/model.ts";
import { dateTime, typeTitle } from "../../engine/report/format.ts";
import type { HistoryEntry } from "../../storage/findings.ts";
import type { StoredFinding } from "../../worker/lifecycle/reconcile.ts";
import { CsrfField, Layout, type PageContext, SeverityBadge, StatusBadge } from "../layout.tsx";

export type FilterValues = Partial<
  Record<"team" | "recruiter" | "role" | "type" | "severity" | "status" | "from" | "to", string>
>;

/** Link to a finding's detail page (the path alert links use). */
export const findingHref = (key: string) => `/findings/${encodeURIComponent(key)}`;
/** Link to a candidate's timeline page. */
export const candidateHref = (id: string) => `/candidates/${encodeURIComponent(id)}`;

function Select(props: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly string[];
}) {
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="">any</option>
        {props.options.map((o) => (
          <option value={o} selected={props.value === o}>
            {props.name === "type" ? typeTitle(o) : o}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * @example
 * c.html(<FindingsPage ctx={ctx} findings={page.findings} nextHref={…} filters={q} facets={…} errors={[]} />)
 */
export function FindingsPage(props: {
  ctx: PageContext;
  findings: StoredFinding[];
  filters: FilterValues;
  facets: { teams: string[]; roles: string[]; recruiters: string[] };
  nextHref: string | null;
  firstHref: string | null;
  csvHref: string;
  errors: string[];
}) {
  const f = props.filters;
  const tz = props.ctx.timeZone;
  return (
    <Layout ctx={props.ctx} title="Findings">
      <form class="filters" method="get" action="/findings" aria-label="Filter findings">
        <Select name="team" label="Team" value={f.team} options={props.facets.teams} />
        <Select name="recruiter" label="Recruiter" value={f.recruiter} options={props.facets.recruiters} />
        <Select name="role" label="Role" value={f.role} options={props.facets.roles} />
        <Select name="type" label="Type" value={f.type} options={FINDING_TYPES} />
        <Select name="severity" label="Severity" value={f.severity} options={Severity.options} />
        <Select name="status" label="Status" value={f.status} options={FindingStatus.options} />
        <label>
          From
          <input type="date" name="from" value={f.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" value={f.to ?? ""} />
        </label>
        <div>
          <button type="submit">Filter</button> <a href="/findings">Reset</a>
        </div>
      </form>
      {props.errors.length ? (
        <ul class="error-box" role="alert">
          {props.errors.map((e) => (
            <li>{e}</li>
          ))}
        </ul>
      ) : null}
      <p class="small">
        <a href={props.csvHref}>Download these findings as CSV</a>
      </p>
      <div class="table-wrap">
        <table class="responsive" id="findings-table">
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Candidate</th>
              <th scope="col">Type</th>
              <th scope="col">Severity</th>
              <th scope="col">Status</th>
              <th scope="col">Team</th>
              <th scope="col">People</th>
              <th scope="col">Since</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {props.findings.length === 0 ? (
              <tr>
                <td colspan={9} class="muted">
                  No findings match these filters.
                </td>
              </tr>
            ) : (
              props.findings.map((x) => (
                <tr data-key={x.key}>
                  <td data-th="Finding">
                    <a href={findingHref(x.key)}>{x.title}</a>
                  </td>
                  <td data-th="Candidate">
                    <a href={candidateHref(x.candidateId)}>{x.candidateName ?? x.candidateAddress}</a>
                  </td>
                  <td data-th="Type">{typeTitle(x.type)}</td>
                  <td data-th="Severity">
                    <SeverityBadge severity={x.severity} />
                  </td>
                  <td data-th="Status">
                    <StatusBadge status={x.status} />
                  </td>
                  <td data-th="Team">{x.team ?? "—"}</td>
                  <td data-th="People">{x.people.join(", ")}</td>
                  <td data-th="Since">{dateTime(x.since, tz)}</td>
                  <td data-th="Due">{dateTime(x.dueAt, tz)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="Pages">
        {props.firstHref ? <a href={props.firstHref}>First page</a> : <span />}
        {props.nextHref ? (
          <a href={props.nextHref} rel="next">
            Next page
          </a>
        ) : (
          <span class="muted">End of list</span>
        )}
      </nav>
    </Layout>
  );
}

/**
 * @example
 * c.html(<FindingDetailPage ctx={ctx} finding={f} history={h} canAct notice={null} />)
 */
export function FindingDetailPage(props: {
  ctx: PageContext;
  finding: StoredFinding;
  history: HistoryEntry[];
  canAct: boolean;
  notice: string | null;
}) {
  const x = props.finding;
  const tz = props.ctx.timeZone;
  const action = (to: string, label: string, secondary = false) => (
    <form method="post" action="/findings-status">
      <CsrfField token={props.ctx.csrfToken} />
      <input type="hidden" name="key" value={x.key} />
      <input type="hidden" name="status" value={to} />
      <button type="submit" class={secondary ? "secondary" : undefined} data-action={to}>
        {label}
      </button>
    </form>
  );
  return (
    <Layout ctx={props.ctx} title={x.title}>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p>
        <SeverityBadge severity={x.severity} /> <StatusBadge status={x.status} /> {typeTitle(x.type)} ·{" "}
        <a href={candidateHref(x.candidateId)}>
          {x.candidateName ? `${x.candidateName} <${x.candidateAddress}>` : x.candidateAddress}
        </a>
        {x.role ? ` · ${x.role}` : ""}
        {x.team ? ` · team ${x.team}` : ""}
      </p>
      <div class={`clock${x.dueAt && Date.parse(x.dueAt) > Date.now() ? " ok" : ""}`} data-role="sla-clock">
        Since {dateTime(x.since, tz)}
        {x.dueAt
          ? ` · due ${dateTime(x.dueAt, tz)} (${Date.parse(x.dueAt) > Date.now() ? "not yet due" : "overdue"})`
          : " · no SLA deadline"}
        {x.obligation ? ` · owed: ${x.obligation.replace(/_/g, " ")}` : ""}
      </div>
      {props.canAct ? (
        <div class="actions">
          {x.status !== "acknowledged" && x.status !== "resolved"
            ? action("acknowledged", "Acknowledge")
            : null}
          {x.status !== "resolved" ? action("resolved", "Resolve") : null}
          {x.status === "acknowledged" || x.status === "resolved" ? action("open", "Reopen", true) : null}
        </div>
      ) : null}
      <div class="grid">
        <section class="card">
          <h2>What happened</h2>
          <p>{x.summary}</p>
          <p class="small muted">People: {x.people.join(", ") || "—"}</p>
        </section>
        <section class="card">
          <h2>Suggested repair</h2>
          <pre class="repair" lang={x.repairLanguage}>
            {x.repair || "No draft for this finding."}
          </pre>
        </section>
      </div>
      <section class="card">
        <h2>Evidence</h2>
        <div class="table-wrap">
          <table class="responsive">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Kind</th>
                <th scope="col">Label</th>
                <th scope="col">Who</th>
                <th scope="col">Subject</th>
                <th scope="col">Why it matters</th>
              </tr>
            </thead>
            <tbody>
              {x.evidence.map((e) => (
                <tr>
                  <td data-th="When">{dateTime(e.at, tz)}</td>
                  <td data-th="Kind">{e.kind}</td>
                  <td data-th="Label">{e.label ? <span class="label">{e.label}</span> : "—"}</td>
                  <td data-th="Who">{e.actor ?? "—"}</td>
                  <td data-th="Subject">{e.subject ?? "—"}</td>
                  <td data-th="Why">{e.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card">
        <h2>History</h2>
        <ol id="finding-history">
          {props.history.map((h) => (
            <li>
              {dateTime(h.at, tz)} · {h.actor} · {h.change}
              {h.fromStatus && h.fromStatus !== h.toStatus
                ? ` ${h.fromStatus} → ${h.toStatus}`
                : ` (${h.toStatus})`}
              {h.note ? ` · ${h.note}` : ""}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}
