/**
 * Settings (admin): SLAs, business hours, holidays; monitored mailboxes; alert routing. Every
 * form is validated with the engine's / alerts' zod schemas and each problem is shown beside its
 * field.
 */
import type { AlertSettings } from "../../alerts/config.ts";
import type { TenantSettings } from "../../engine/settings.ts";
import type { MailboxRecord } from "../../storage/repository.ts";
import { CsrfField, Layout, type PageContext } from "../layout.tsx";

/** Problems by field path (`sla.replyToCandidate`, `businessHours.end`, `alerts.routes.0.channel`…). */
export type FieldErrors = Record<string, string[]>;

export const SLA_FIELDS: { name: keyof TenantSettings["sla"]; label: string }[] = [
  { name: "replyToCandidate", label: "Reply to a candidate" },
  { name: "scheduleAfterAvailability", label: "Schedule after availability" },
  { name: "outcomeAfterInterview", label: "Outcome after an interview" },
  { name: "rescheduleAfterCancellation", label: "Reschedule after a cancellation" },
  { name: "nudgeScheduling", label: "Nudge an unanswered invitation" },
  { name: "feedbackRequest", label: "Answer a feedback request" },
  { name: "assessmentReview", label: "Answer a submitted assessment" },
];

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function Errors(props: { errors: FieldErrors; path: string }) {
  const list = props.errors[props.path];
  if (!list?.length) return null;
  return (
    <ul class="errors" id={`err-${props.path.replace(/[^a-zA-Z0-9]/g, "-")}`} data-field={props.path}>
      {list.map((e) => (
        <li>{e}</li>
      ))}
    </ul>
  );
}

/** Values a form re-displays after a failed submit (as typed). */
export type FormValues = Record<string, string | string[]>;

/**
 * @example
 * c.html(<SettingsPage ctx={ctx} settings={s} mailboxes={m} alerts={a} errors={{}} values={{}} notice={null} />)
 */
export function SettingsPage(props: {
  ctx: PageContext;
  settings: TenantSettings;
  mailboxes: MailboxRecord[];
  alerts: AlertSettings;
  errors: FieldErrors;
  values: FormValues;
  notice: string | null;
  canWrite: boolean;
}) {
  const s = props.settings;
  const v = (name: string, fallback: string) => {
    const x = props.values[name];
    return typeof x === "string" ? x : fallback;
  };
  const days = Array.isArray(props.values.days)
    ? props.values.days.map(Number)
    : typeof props.values.days === "string"
      ? [Number(props.values.days)]
      : s.businessHours.days;
  const e = props.errors;
  const disabled = !props.canWrite;
  return (
    <Layout ctx={props.ctx} title="Settings">
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {Object.keys(e).length ? (
        <p class="error-box" role="alert">
          Nothing was saved: {String(Object.values(e).flat().length)} problem(s), shown beside the fields.
        </p>
      ) : null}
      <form class="settings card" method="post" action="/settings/general" id="general-form">
        <CsrfField token={props.ctx.csrfToken} />
        <fieldset>
          <legend>Business time</legend>
          <div class="grid">
            <label>
              Time zone (IANA)
              <input name="timeZone" value={v("timeZone", s.timeZone)} disabled={disabled} />
              <Errors errors={e} path="timeZone" />
            </label>
            <label>
              Business hours start
              <input name="start" value={v("start", s.businessHours.start)} disabled={disabled} />
              <Errors errors={e} path="businessHours.start" />
            </label>
            <label>
              Business hours end
              <input name="end" value={v("end", s.businessHours.end)} disabled={disabled} />
              <Errors errors={e} path="businessHours.end" />
            </label>
          </div>
          <fieldset class="days">
            <legend>Business days</legend>
            {DAYS.map((d, i) => (
              <label>
                <input
                  type="checkbox"
                  name="days"
                  value={String(i + 1)}
                  checked={days.includes(i + 1)}
                  disabled={disabled}
                />{" "}
                {d}
              </label>
            ))}
          </fieldset>
          <Errors errors={e} path="businessHours.days" />
        </fieldset>
        <fieldset>
          <legend>SLAs (business days)</legend>
          <div class="grid">
            {SLA_FIELDS.map((f) => (
              <label>
                {f.label}
                <input
                  name={`sla.${f.name}`}
                  inputmode="decimal"
                  value={v(`sla.${f.name}`, String(s.sla[f.name]))}
                  disabled={disabled}
                />
                <Errors errors={e} path={`sla.${f.name}`} />
              </label>
            ))}
            <label>
              Warning point (fraction of the SLA)
              <input
                name="warningPoint"
                inputmode="decimal"
                value={v("warningPoint", String(s.warningPoint))}
                disabled={disabled}
              />
              <Errors errors={e} path="warningPoint" />
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Holidays</legend>
          <label>
            Public holiday calendars (ISO 3166 codes, comma separated, e.g. DE-BY, US)
            <input
              name="countries"
              value={v("countries", s.holidays.countries.join(", "))}
              disabled={disabled}
            />
          </label>
          {Object.keys(e)
            .filter((k) => k.startsWith("holidays.countries"))
            .map((k) => (
              <Errors errors={e} path={k} />
            ))}
          <label>
            Extra closed dates (YYYY-MM-DD, one per line)
            <textarea name="dates" disabled={disabled}>
              {v("dates", s.holidays.dates.join("\n"))}
            </textarea>
          </label>
          {Object.keys(e)
            .filter((k) => k.startsWith("holidays.dates"))
            .map((k) => (
              <Errors errors={e} path={k} />
            ))}
        </fieldset>
        {props.canWrite ? <button type="submit">Save business time and SLAs</button> : null}
      </form>

      <section class="card" id="mailboxes">
        <h2>Monitored mailboxes</h2>
        <div class="table-wrap">
          <table class="responsive" id="mailbox-table">
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col">Role</th>
                <th scope="col">Team</th>
                <th scope="col">Provider</th>
                <th scope="col">Monitored</th>
              </tr>
            </thead>
            <tbody>
              {props.mailboxes.map((m) => (
                <tr>
                  <td data-th="Address">{m.address}</td>
                  <td data-th="Role">{m.role}</td>
                  <td data-th="Team">{m.team ?? "—"}</td>
                  <td data-th="Provider">{m.provider}</td>
                  <td data-th="Monitored">
                    {props.canWrite ? (
                      <form method="post" action="/settings/mailboxes/toggle">
                        <CsrfField token={props.ctx.csrfToken} />
                        <input type="hidden" name="id" value={m.id} />
                        <input type="hidden" name="enabled" value={m.enabled ? "false" : "true"} />
                        <button type="submit" class="secondary">
                          {m.enabled ? "Yes · pause" : "Paused · resume"}
                        </button>
                      </form>
                    ) : m.enabled ? (
                      "yes"
                    ) : (
                      "paused"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {props.canWrite ? (
          <form class="settings filters" method="post" action="/settings/mailboxes/add" id="mailbox-form">
            <CsrfField token={props.ctx.csrfToken} />
            <label>
              Address
              <input name="address" type="email" value={v("address", "")} />
              <Errors errors={e} path="mailbox.address" />
            </label>
            <label>
              Role
              <select name="role">
                {["recruiter", "coordinator", "hiring_manager", "hr_ops", "service", "other"].map((r) => (
                  <option value={r} selected={v("role", "recruiter") === r}>
                    {r}
                  </option>
                ))}
              </select>
              <Errors errors={e} path="mailbox.role" />
            </label>
            <label>
              Team
              <input name="team" value={v("team", "")} />
              <Errors errors={e} path="mailbox.team" />
            </label>
            <div>
              <button type="submit">Add mailbox</button>
            </div>
          </form>
        ) : null}
      </section>

      <section class="card" id="alerts">
        <h2>Alert channels and routes</h2>
        <p class="small muted">
          JSON of the alert settings: channels (Slack, Teams, email), routes (first match wins), people, quiet
          hours. Validated on save; every problem names its field.
        </p>
        <form class="settings" method="post" action="/settings/alerts" id="alerts-form">
          <CsrfField token={props.ctx.csrfToken} />
          <label>
            Alert settings
            <textarea name="alerts" rows={16} disabled={disabled}>
              {v("alerts", JSON.stringify(props.alerts, null, 2))}
            </textarea>
          </label>
          {Object.keys(e)
            .filter((k) => k.startsWith("alerts"))
            .map((k) => (
              <Errors errors={e} path={k} />
            ))}
          {props.canWrite ? <button type="submit">Save alert routing</button> : null}
        </form>
      </section>
    </Layout>
  );
}
