/**
 * The overview page: open findings by type and severity, weekly trend, first-response time
 * distribution, invite → interview → outcome funnel, reply-SLA compliance by team and recruiter.
 */

import { FINDING_TYPES } from "../../engine/model.ts";
import { dateTime, percent, typeTitle } from "../../engine/report/format.ts";
import { BarChart, LineChart } from "../charts.tsx";
import { Layout, type PageContext } from "../layout.tsx";
import type { ComplianceRow, Overview } from "../overview.ts";

const SEVERITIES = ["high", "medium", "low"] as const;
const TREND_COLOURS: Record<string, string> = {
  ghosted: "#b42318",
  invite_then_reject: "#7a4cc2",
  ghost_risk: "#b54708",
};

function ComplianceTable(props: { rows: ComplianceRow[]; first: string; id: string }) {
  return (
    <div class="table-wrap">
      <table class="responsive" id={props.id}>
        <thead>
          <tr>
            <th scope="col">{props.first}</th>
            <th scope="col" class="num">
              Met
            </th>
            <th scope="col" class="num">
              Late
            </th>
            <th scope="col" class="num">
              Overdue
            </th>
            <th scope="col" class="num">
              Pending
            </th>
            <th scope="col" class="num">
              Compliance
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 ? (
            <tr>
              <td colspan={6} class="muted">
                No candidate messages in the period.
              </td>
            </tr>
          ) : (
            props.rows.map((r) => (
              <tr>
                <td data-th={props.first}>{r.name}</td>
                <td data-th="Met" class="num">
                  {String(r.met)}
                </td>
                <td data-th="Late" class="num">
                  {String(r.late)}
                </td>
                <td data-th="Overdue" class="num">
                  {String(r.overdue)}
                </td>
                <td data-th="Pending" class="num">
                  {String(r.pending)}
                </td>
                <td data-th="Compliance" class="num">
                  {percent(r.compliance)}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * @example
 * c.html(<OverviewPage ctx={ctx} overview={o} />)
 */
export function OverviewPage(props: { ctx: PageContext; overview: Overview }) {
  const o = props.overview;
  const count = (type: string, sev: string) =>
    o.open.find((r) => r.type === type && r.severity === sev)?.count ?? 0;
  const types = FINDING_TYPES.filter((t) => SEVERITIES.some((s) => count(t, s) > 0));
  const high = o.open.filter((r) => r.severity === "high").reduce((s, r) => s + r.count, 0);
  const f = o.funnel;
  return (
    <Layout ctx={props.ctx} title="Overview">
      <p class="small muted">Figures as of {dateTime(o.generatedAt, o.timeZone)}, last 8 weeks.</p>
      <div class="figures">
        <div class="figure" data-role="open-total">
          <b>{String(o.openTotal)}</b>
          <span>open findings</span>
        </div>
        <div class="figure">
          <b>{String(high)}</b>
          <span>high severity</span>
        </div>
        <div class="figure">
          <b>{o.responses.medianHours === null ? "n/a" : `${o.responses.medianHours} h`}</b>
          <span>median first response (business hours)</span>
        </div>
        <div class="figure">
          <b>{String(o.responses.unanswered)}</b>
          <span>candidate messages unanswered</span>
        </div>
      </div>
      <div class="grid">
        <section class="card" aria-labelledby="open-h">
          <h2 id="open-h">Open findings by type and severity</h2>
          <div class="table-wrap">
            <table class="responsive" id="open-by-type">
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  {SEVERITIES.map((s) => (
                    <th scope="col" class="num">
                      {s}
                    </th>
                  ))}
                  <th scope="col" class="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {types.length === 0 ? (
                  <tr>
                    <td colspan={5} class="muted">
                      No open findings.
                    </td>
                  </tr>
                ) : (
                  types.map((t) => (
                    <tr>
                      <td data-th="Type">
                        <a href={`/findings?type=${t}&status=open`}>{typeTitle(t)}</a>
                      </td>
                      {SEVERITIES.map((s) => (
                        <td data-th={s} class="num">
                          {String(count(t, s))}
                        </td>
                      ))}
                      <td data-th="Total" class="num">
                        {String(SEVERITIES.reduce((a, s) => a + count(t, s), 0))}
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        </section>
        <section class="card" aria-labelledby="trend-h">
          <h2 id="trend-h">Weekly trend</h2>
          <LineChart
            chartId="trend"
            title="Findings per week: ghosted, invite-then-reject, ghost risk"
            desc={`New findings of each type per week over the last ${o.trend.length} weeks (week start dates).`}
            labels={o.trend.map((w) => w.weekStart.slice(5))}
            series={Object.keys(TREND_COLOURS).map((t) => ({
              name: typeTitle(t),
              colour: TREND_COLOURS[t] ?? "#2457c5",
              values: o.trend.map((w) => w.counts[t] ?? 0),
            }))}
          />
        </section>
        <section class="card" aria-labelledby="resp-h">
          <h2 id="resp-h">First-response time</h2>
          <BarChart
            chartId="responses"
            title="First response to candidate messages (business hours)"
            desc={`How long candidates waited for the team's first answer, in business hours; ${o.responses.unanswered} still unanswered.`}
            unit="messages"
            bars={[
              ...o.responses.buckets.map((b) => ({ label: b.label, value: b.count })),
              { label: "unanswered", value: o.responses.unanswered, colour: "#b42318" },
            ]}
          />
        </section>
        <section class="card" aria-labelledby="funnel-h">
          <h2 id="funnel-h">Invite → interview → outcome</h2>
          <BarChart
            chartId="funnel"
            title="Funnel: invited, interviewed, outcome"
            desc={`${f.invited} candidates invited, ${f.interviewed} of them interviewed, ${f.outcome} of those received an outcome.`}
            unit="candidates"
            bars={[
              { label: "invited", value: f.invited },
              {
                label: "interviewed",
                value: f.interviewed,
                note: `${f.interviewed} (${percent(f.invited ? f.interviewed / f.invited : null)})`,
              },
              {
                label: "outcome",
                value: f.outcome,
                note: `${f.outcome} (${percent(f.interviewed ? f.outcome / f.interviewed : null)})`,
              },
            ]}
          />
        </section>
        <section class="card" aria-labelledby="team-h">
          <h2 id="team-h">Reply SLA compliance by team</h2>
          <p class="small muted">
            Candidate messages answered within the reply SLA ({String(o.replySlaDays)} business days unless a
            team overrides it).
          </p>
          <ComplianceTable rows={o.byTeam} first="Team" id="compliance-team" />
        </section>
        <section class="card" aria-labelledby="rec-h">
          <h2 id="rec-h">Reply SLA compliance by recruiter</h2>
          <ComplianceTable rows={o.byRecruiter} first="Recruiter (mailbox)" id="compliance-recruiter" />
        </section>
      </div>
    </Layout>
  );
}
