/**
 * Operations pages: sync health per mailbox, the alert log, and dead letters (sync DLQ records
 * and failing alert channels).
 */
import type { AlertLogRow, ChannelErrorRow } from "../../alerts/log.ts";
import { dateTime } from "../../engine/report/format.ts";
import type { MailboxRecord, SyncFailure, SyncStatus } from "../../storage/repository.ts";
import { Layout, type PageContext } from "../layout.tsx";
import { findingHref } from "./findings.tsx";

/** @example c.html(<SyncPage ctx={ctx} mailboxes={m} status={s} now={now} />) */
export function SyncPage(props: {
  ctx: PageContext;
  mailboxes: MailboxRecord[];
  status: SyncStatus[];
  now: Date;
}) {
  const tz = props.ctx.timeZone;
  const byId = new Map(props.mailboxes.map((m) => [m.id, m]));
  return (
    <Layout ctx={props.ctx} title="Sync health">
      <div class="table-wrap">
        <table class="responsive" id="sync-table">
          <thead>
            <tr>
              <th scope="col">Mailbox</th>
              <th scope="col">Team</th>
              <th scope="col">State</th>
              <th scope="col">Last success</th>
              <th scope="col">Lag</th>
              <th scope="col">Failures</th>
              <th scope="col">Next attempt</th>
              <th scope="col">Last error</th>
              <th scope="col" class="num">
                Messages
              </th>
            </tr>
          </thead>
          <tbody>
            {props.status.map((s) => {
              const m = byId.get(s.mailboxId);
              const lagMin = s.lastSuccessAt
                ? Math.round((props.now.getTime() - Date.parse(s.lastSuccessAt)) / 60_000)
                : null;
              return (
                <tr>
                  <td data-th="Mailbox">
                    {m?.address ?? s.mailboxId}
                    {m && !m.enabled ? " (disabled)" : ""}
                  </td>
                  <td data-th="Team">{m?.team ?? "—"}</td>
                  <td data-th="State">{s.state}</td>
                  <td data-th="Last success">{dateTime(s.lastSuccessAt, tz)}</td>
                  <td data-th="Lag">
                    {lagMin === null
                      ? "never synced"
                      : lagMin < 120
                        ? `${lagMin} min`
                        : `${Math.round(lagMin / 60)} h`}
                  </td>
                  <td data-th="Failures">{String(s.consecutiveFailures)}</td>
                  <td data-th="Next attempt">{dateTime(s.nextAttemptAt, tz)}</td>
                  <td data-th="Last error">{s.lastError ?? "—"}</td>
                  <td data-th="Messages" class="num">
                    {String(s.messagesSynced)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** @example c.html(<AlertsPage ctx={ctx} rows={rows} />) */
export function AlertsPage(props: { ctx: PageContext; rows: AlertLogRow[] }) {
  const tz = props.ctx.timeZone;
  return (
    <Layout ctx={props.ctx} title="Alert log">
      <div class="table-wrap">
        <table class="responsive" id="alerts-table">
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">Stage</th>
              <th scope="col">Channel</th>
              <th scope="col">Outcome</th>
              <th scope="col">Finding</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 ? (
              <tr>
                <td colspan={6} class="muted">
                  No alerts sent yet.
                </td>
              </tr>
            ) : (
              props.rows.slice(0, 500).map((r) => (
                <tr>
                  <td data-th="Sent">{dateTime(r.sent_at, tz)}</td>
                  <td data-th="Stage">{r.stage}</td>
                  <td data-th="Channel">{r.channel}</td>
                  <td data-th="Outcome">{r.outcome}</td>
                  <td data-th="Finding">
                    <a href={findingHref(r.finding_key)}>{r.finding_key}</a>
                  </td>
                  <td data-th="Detail">{r.detail ?? "—"}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** @example c.html(<DeadLettersPage ctx={ctx} failures={f} channelErrors={e} />) */
export function DeadLettersPage(props: {
  ctx: PageContext;
  failures: SyncFailure[];
  channelErrors: Array<ChannelErrorRow & { message: string }>;
}) {
  const tz = props.ctx.timeZone;
  return (
    <Layout ctx={props.ctx} title="Dead letters">
      <section class="card">
        <h2>Failing alert channels</h2>
        {props.channelErrors.length === 0 ? (
          <p class="muted">Every alert channel delivered its last message.</p>
        ) : (
          <ul id="channel-errors">
            {props.channelErrors.map((e) => (
              <li>
                {e.message}
                {e.last_error ? <span class="small muted"> · {e.last_error}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card">
        <h2>Sync jobs given up on (dead-letter queue)</h2>
        <div class="table-wrap">
          <table class="responsive" id="dlq-table">
            <thead>
              <tr>
                <th scope="col">Recorded</th>
                <th scope="col">Kind</th>
                <th scope="col">Mailbox</th>
                <th scope="col" class="num">
                  Attempts
                </th>
                <th scope="col">Job</th>
              </tr>
            </thead>
            <tbody>
              {props.failures.length === 0 ? (
                <tr>
                  <td colspan={5} class="muted">
                    The dead-letter queue is empty.
                  </td>
                </tr>
              ) : (
                props.failures.map((f) => (
                  <tr>
                    <td data-th="Recorded">{dateTime(f.recordedAt, tz)}</td>
                    <td data-th="Kind">{f.kind}</td>
                    <td data-th="Mailbox">{f.mailboxId ?? "—"}</td>
                    <td data-th="Attempts" class="num">
                      {String(f.attempts)}
                    </td>
                    <td data-th="Job">
                      <code>{f.body.slice(0, 300)}</code>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
