/** The fake's Gmail and Calendar API handlers (shared by direct calls and batch parts). */
import ICAL from "ical.js";
import { ERRORS, type GoogleErrorSpec, googleError } from "./errors.ts";
import type { FakeEventSpec, FakeMessageSpec } from "./generator.ts";
import { renderMessage } from "./render.ts";
import {
  type AccessToken,
  type FakeGoogleState,
  type FakeUser,
  GMAIL_UNITS,
  type StoredEvent,
} from "./state.ts";

export interface ApiResult {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; null → empty body. */
  json: unknown;
}

const SCOPE = "https://www.googleapis.com/auth/";
const GMAIL_READ_SCOPES = [
  "gmail.readonly",
  "gmail.metadata",
  "gmail.modify",
  "https://mail.google.com/",
].map((s) => (s.startsWith("https:") ? s : SCOPE + s));
const CALENDAR_READ_SCOPES = [
  "calendar",
  "calendar.readonly",
  "calendar.events",
  "calendar.events.readonly",
].map((s) => SCOPE + s);

const fail = (spec: GoogleErrorSpec, headers?: Record<string, string>): ApiResult => ({
  status: spec.code,
  json: googleError(spec),
  ...(headers ? { headers } : {}),
});

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
function unb64<T>(token: string): T | null {
  try {
    return JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as T;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves which API method a path is, for counters, quota and faults.
 *
 * @example
 * methodOf("GET", "/gmail/v1/users/me/history?startHistoryId=1"); // "gmail.users.history.list"
 */
export function methodOf(verb: string, path: string): string | null {
  const p = path.split("?")[0] ?? "";
  if (/^\/gmail\/v1\/users\/[^/]+\/profile$/.test(p)) return "gmail.users.getProfile";
  if (/^\/gmail\/v1\/users\/[^/]+\/messages$/.test(p)) return "gmail.users.messages.list";
  if (/^\/gmail\/v1\/users\/[^/]+\/messages\/[^/]+$/.test(p)) return "gmail.users.messages.get";
  if (/^\/gmail\/v1\/users\/[^/]+\/history$/.test(p)) return "gmail.users.history.list";
  if (verb === "POST" && /^\/gmail\/v1\/users\/[^/]+\/watch$/.test(p)) return "gmail.users.watch";
  if (verb === "POST" && /^\/gmail\/v1\/users\/[^/]+\/stop$/.test(p)) return "gmail.users.stop";
  if (/^\/calendar\/v3\/calendars\/[^/]+\/events$/.test(p)) return "calendar.events.list";
  return null;
}

/**
 * Runs one API call for an authenticated token: scope checks, injected faults, quota, then the
 * handler.
 *
 * @example
 * await callApi(state, token, "GET", "/gmail/v1/users/me/profile", "");
 */
export async function callApi(
  state: FakeGoogleState,
  token: AccessToken,
  verb: string,
  pathWithQuery: string,
  body: string,
): Promise<ApiResult> {
  const url = new URL(pathWithQuery, "http://fake.invalid");
  const method = methodOf(verb, url.pathname);
  if (!method)
    return fail({ code: 404, message: `No such method: ${verb} ${url.pathname}`, reason: "notFound" });
  const user = state.user(token.user);
  const isGmail = method.startsWith("gmail.");
  const needed = isGmail ? GMAIL_READ_SCOPES : CALENDAR_READ_SCOPES;
  if (!token.scopes.some((s) => needed.includes(s))) {
    return fail({
      code: 403,
      message: "Request had insufficient authentication scopes.",
      reason: "insufficientPermissions",
      status: "PERMISSION_DENIED",
    });
  }
  const fault = user.takeFault(method);
  if (fault) {
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.status < 400 && fault.body !== undefined) return { status: 200, json: fault.body };
    if (fault.status >= 400) {
      const headers =
        fault.retryAfterSeconds !== undefined
          ? { "Retry-After": String(fault.retryAfterSeconds) }
          : undefined;
      user.counters.byMethod[`fault:${method}`] = (user.counters.byMethod[`fault:${method}`] ?? 0) + 1;
      if (fault.status === 429 || (fault.status === 403 && fault.reason !== "forbidden")) {
        return fail(
          ERRORS.rateLimit(fault.status as 403 | 429, fault.reason ?? "rateLimitExceeded"),
          headers,
        );
      }
      if (fault.status === 410) return fail(ERRORS.fullSyncRequired(), headers);
      if (fault.status === 404) return fail(ERRORS.notFound(), headers);
      if (fault.status === 401) return fail(ERRORS.invalidCredentials(), headers);
      return fail(ERRORS.backend(fault.status), headers);
    }
  }
  const units = isGmail ? (GMAIL_UNITS[method] ?? 5) : 0;
  if (!user.charge(method, units, Date.now())) {
    return fail(ERRORS.rateLimit(429, "userRateLimitExceeded"));
  }
  const q = url.searchParams;
  if (isGmail) {
    const userId = decodeURIComponent(url.pathname.split("/")[4] ?? "");
    if (userId !== "me" && userId.toLowerCase() !== token.user) {
      return fail(ERRORS.forbidden(`Delegation denied for ${token.user}`));
    }
    const metadataOnly = token.scopes.includes(`${SCOPE}gmail.metadata`);
    switch (method) {
      case "gmail.users.getProfile":
        return {
          status: 200,
          json: {
            emailAddress: user.address,
            messagesTotal: user.messages.size,
            threadsTotal: new Set([...user.messages.values()].map((m) => m.threadId)).size,
            historyId: String(user.historyId),
          },
        };
      case "gmail.users.messages.list":
        return listMessages(user, q, metadataOnly);
      case "gmail.users.messages.get": {
        const id = decodeURIComponent(url.pathname.split("/")[6] ?? "");
        return getMessage(user, id, q, metadataOnly);
      }
      case "gmail.users.history.list":
        return listHistory(user, q);
      case "gmail.users.watch":
        return watch(user, body);
      case "gmail.users.stop":
        user.watch = null;
        return { status: 204, json: null };
    }
  }
  const calendarId = decodeURIComponent(url.pathname.split("/")[4] ?? "");
  if (calendarId !== "primary" && calendarId.toLowerCase() !== user.address) return fail(ERRORS.notFound());
  return listEvents(user, q);
}

function parseQ(q: string): { after?: number; before?: number } | string {
  const out: { after?: number; before?: number } = {};
  for (const term of q.trim().split(/\s+/).filter(Boolean)) {
    const m = /^(after|before|newer|older):(\d+|\d{4}\/\d{1,2}\/\d{1,2})$/.exec(term);
    if (!m) return `the fake supports only after:/before: in q, got "${term}"`;
    const v = m[2] as string;
    const ms = v.includes("/") ? Date.parse(v.replace(/\//g, "-")) : Number(v) * 1000;
    if (m[1] === "after" || m[1] === "newer") out.after = ms;
    else out.before = ms;
  }
  return out;
}

function listMessages(user: FakeUser, q: URLSearchParams, metadataOnly: boolean): ApiResult {
  const query = q.get("q");
  if (query !== null && metadataOnly)
    return fail(ERRORS.forbidden("Metadata scope does not support 'q' parameter"));
  const window = query ? parseQ(query) : {};
  if (typeof window === "string") return fail(ERRORS.badRequest(window, "q"));
  const maxResults = Math.min(500, Math.max(1, Number(q.get("maxResults") ?? 100) || 100));
  const labelIds = q.getAll("labelIds");
  const includeSpamTrash = q.get("includeSpamTrash") === "true";
  const token = q.get("pageToken");
  const after = token ? unb64<{ d: number; i: string }>(token) : null;
  if (token && !after) return fail(ERRORS.badRequest("Invalid pageToken", "pageToken"));
  const all = user.listOrder();
  let start = 0;
  if (after) {
    start = all.findIndex((m) => m.internalDate < after.d || (m.internalDate === after.d && m.id < after.i));
    if (start < 0) start = all.length;
  }
  const page: { id: string; threadId: string }[] = [];
  let i = start;
  let last: { d: number; i: string } | null = null;
  for (; i < all.length && page.length < maxResults; i++) {
    const m = all[i]!;
    if (!includeSpamTrash && (m.labelIds.includes("SPAM") || m.labelIds.includes("TRASH"))) continue;
    if (labelIds.some((l) => !m.labelIds.includes(l))) continue;
    if (window.after !== undefined && m.internalDate < window.after) continue;
    if (window.before !== undefined && m.internalDate >= window.before) continue;
    page.push({ id: m.id, threadId: m.threadId });
    last = { d: m.internalDate, i: m.id };
  }
  // More may remain when the loop stopped on the page size before the end.
  const more = i < all.length && page.length === maxResults;
  const json: Record<string, unknown> = { resultSizeEstimate: page.length + (more ? maxResults : 0) };
  if (page.length) json.messages = page;
  if (more && last) json.nextPageToken = b64(last);
  return { status: 200, json };
}

function getMessage(user: FakeUser, id: string, q: URLSearchParams, metadataOnly: boolean): ApiResult {
  const format = (q.get("format") ?? "full").toLowerCase();
  if (!["minimal", "metadata", "full", "raw"].includes(format)) {
    return fail(ERRORS.badRequest(`Invalid value at 'format' (${format})`, "format"));
  }
  if (metadataOnly && (format === "full" || format === "raw")) {
    return fail(ERRORS.forbidden(`Metadata scope doesn't allow format ${format.toUpperCase()}`));
  }
  const m = user.messages.get(id);
  if (!m) return fail(ERRORS.notFound());
  return {
    status: 200,
    json: renderMessage(
      m,
      user.address,
      format as "minimal" | "metadata" | "full" | "raw",
      q.getAll("metadataHeaders"),
    ),
  };
}

const HISTORY_KEY = {
  messageAdded: "messagesAdded",
  messageDeleted: "messagesDeleted",
  labelAdded: "labelsAdded",
  labelRemoved: "labelsRemoved",
} as const;

function listHistory(user: FakeUser, q: URLSearchParams): ApiResult {
  const startRaw = q.get("startHistoryId");
  if (!startRaw || !/^\d+$/.test(startRaw)) {
    return fail(ERRORS.badRequest("Missing/invalid parameter: startHistoryId", "startHistoryId"));
  }
  const start = Number(startRaw);
  if (start < user.historyFloor) return fail(ERRORS.notFound());
  const types = q.getAll("historyTypes");
  const labelId = q.get("labelId");
  const maxResults = Math.min(500, Math.max(1, Number(q.get("maxResults") ?? 100) || 100));
  const token = q.get("pageToken");
  const cursor = token ? unb64<{ h: number }>(token) : null;
  if (token && !cursor) return fail(ERRORS.badRequest("Invalid pageToken", "pageToken"));
  const from = cursor ? cursor.h : start;
  const records = user.history.filter(
    (r) =>
      r.id > from &&
      (types.length === 0 || types.includes(r.type)) &&
      (!labelId || (user.messages.get(r.message.id)?.labelIds ?? r.message.labelIds ?? []).includes(labelId)),
  );
  const page = records.slice(0, maxResults);
  const json: Record<string, unknown> = { historyId: String(user.historyId) };
  if (page.length) {
    json.history = page.map((r) => {
      const ref = { id: r.message.id, threadId: r.message.threadId };
      const entry: Record<string, unknown> = { id: String(r.id), messages: [ref] };
      entry[HISTORY_KEY[r.type]] = [
        r.type === "labelAdded" || r.type === "labelRemoved"
          ? {
              message: { ...ref, labelIds: user.messages.get(ref.id)?.labelIds ?? [] },
              labelIds: r.labelIds ?? [],
            }
          : { message: r.type === "messageAdded" ? { ...ref, labelIds: r.message.labelIds ?? [] } : ref },
      ];
      return entry;
    });
  }
  if (records.length > maxResults) json.nextPageToken = b64({ h: page[page.length - 1]!.id });
  return { status: 200, json };
}

function watch(user: FakeUser, body: string): ApiResult {
  let req: { topicName?: unknown; labelIds?: unknown };
  try {
    req = JSON.parse(body || "{}") as typeof req;
  } catch {
    return fail(ERRORS.badRequest("Invalid JSON payload received."));
  }
  if (typeof req.topicName !== "string" || !/^projects\/[^/]+\/topics\/[^/]+$/.test(req.topicName)) {
    return fail(ERRORS.badRequest("Invalid topicName does not match projects/*/topics/*", "topicName"));
  }
  const expiration = Date.now() + 7 * 86_400_000;
  user.watch = {
    topicName: req.topicName,
    labelIds: Array.isArray(req.labelIds) ? req.labelIds.map(String) : [],
    expiration,
    historyId: user.historyId,
  };
  return { status: 200, json: { historyId: String(user.historyId), expiration: String(expiration) } };
}

const FORBIDDEN_WITH_SYNC = [
  "iCalUID",
  "orderBy",
  "privateExtendedProperty",
  "q",
  "sharedExtendedProperty",
  "timeMin",
  "timeMax",
  "updatedMin",
];

function renderEvent(user: FakeUser, e: StoredEvent): Record<string, unknown> {
  const etag = `"${3_000_000_000_000 + e.seq}"`;
  if (e.deleted) return { kind: "calendar#event", etag, id: e.id, status: "cancelled" };
  return {
    kind: "calendar#event",
    etag,
    id: e.id,
    status: e.status,
    htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${e.id} ${user.address}`).toString("base64url")}`,
    created: e.created,
    updated: e.updated,
    summary: e.summary ?? "",
    creator: { email: user.address, self: true },
    organizer: e.organizer ?? { email: user.address, self: true },
    start: e.start,
    end: e.end,
    iCalUID: e.iCalUID,
    sequence: e.sequence,
    ...(e.attendees ? { attendees: e.attendees } : {}),
    ...(e.recurrence ? { recurrence: e.recurrence } : {}),
    reminders: { useDefault: true },
    eventType: "default",
  };
}

/** An instance of a series as singleEvents=true lists it; a cancelled exception carries only its identity. */
function renderInstance(
  user: FakeUser,
  e: StoredEvent,
  inst: { start: number; cancelled: boolean },
): Record<string, unknown> {
  const id = `${e.id}_${instanceStamp(inst.start)}`;
  const tz = e.start.timeZone;
  const originalStartTime = {
    dateTime: new Date(inst.start).toISOString().replace(".000Z", "Z"),
    ...(tz ? { timeZone: tz } : {}),
  };
  if (inst.cancelled) {
    return {
      kind: "calendar#event",
      etag: `"${3_000_000_000_000 + e.seq}"`,
      id,
      status: "cancelled",
      recurringEventId: e.id,
      originalStartTime,
    };
  }
  const { recurrence: _series, ...master } = renderEvent(user, e);
  const duration = eventBounds(e).end - eventBounds(e).start;
  return {
    ...master,
    id,
    recurringEventId: e.id,
    originalStartTime,
    start: originalStartTime,
    end: {
      dateTime: new Date(inst.start + duration).toISOString().replace(".000Z", "Z"),
      ...(tz ? { timeZone: tz } : {}),
    },
  };
}

function eventBounds(e: FakeEventSpec): { start: number; end: number } {
  const t = (v: { dateTime?: string; date?: string }) => Date.parse(v.dateTime ?? `${v.date}T00:00:00Z`);
  return { start: t(e.start), end: t(e.end) };
}

/** One entry of an events.list answer: an event, or one instance of a recurring series. */
interface Listed {
  ev: StoredEvent;
  /** Original start (epoch ms) when this is an instance of `ev` (singleEvents=true). */
  instance?: { start: number; cancelled: boolean };
}

const instanceStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Expands a timed series into instances inside [min, max) with ical.js (RRULE lines only). */
function instancesOf(e: StoredEvent, min: number, max: number): Listed[] {
  const rule = e.recurrence?.find((r) => r.startsWith("RRULE:"));
  if (!rule || !e.start.dateTime) return [];
  const start = Date.parse(e.start.dateTime);
  const recur = ICAL.Recur.fromString(rule.slice("RRULE:".length));
  const iterator = recur.iterator(ICAL.Time.fromJSDate(new Date(start), true));
  const out: Listed[] = [];
  const duration = eventBounds(e).end - start;
  for (let n = 0; n < 1000; n++) {
    const next = iterator.next();
    if (!next) break;
    const at = next.toJSDate().getTime();
    if (at >= max) break;
    if (at + duration <= min) continue;
    out.push({
      ev: e,
      instance: {
        start: at,
        cancelled: e.status === "cancelled" || (e.cancelledInstances ?? []).includes(at),
      },
    });
  }
  return out;
}

function listEvents(user: FakeUser, q: URLSearchParams): ApiResult {
  const syncToken = q.get("syncToken");
  const maxResults = Math.min(2500, Math.max(1, Number(q.get("maxResults") ?? 250) || 250));
  const showDeleted = q.get("showDeleted") === "true";
  const pageToken = q.get("pageToken");
  const cursor = pageToken ? unb64<{ o: number; snap: number; since: number | null }>(pageToken) : null;
  if (pageToken && !cursor) return fail(ERRORS.badRequest("Invalid pageToken", "pageToken"));
  let events: StoredEvent[];
  let snap = cursor?.snap ?? user.eventSeq;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  if (syncToken) {
    const bad = FORBIDDEN_WITH_SYNC.find((p) => q.has(p));
    if (bad) return fail(ERRORS.badRequest(`The parameter ${bad} cannot be used with syncToken.`, bad));
    if (q.get("showDeleted") === "false")
      return fail(ERRORS.badRequest("showDeleted=false cannot be used with syncToken.", "showDeleted"));
    const t = unb64<{ g: number; s: number }>(syncToken);
    if (!t || t.g !== user.syncGeneration) return fail(ERRORS.fullSyncRequired());
    snap = cursor?.snap ?? user.eventSeq;
    events = [...user.events.values()]
      .filter((e) => e.seq > t.s && e.seq <= snap)
      .sort((a, b) => a.seq - b.seq);
    // Instances of a changed series: a bounded horizon around now (no window with syncToken).
    min = Date.now() - 400 * 86_400_000;
    max = Date.now() + 400 * 86_400_000;
  } else {
    const timeMin = q.get("timeMin");
    const timeMax = q.get("timeMax");
    min = timeMin ? Date.parse(timeMin) : Number.NEGATIVE_INFINITY;
    max = timeMax ? Date.parse(timeMax) : Number.POSITIVE_INFINITY;
    if (Number.isNaN(min) || Number.isNaN(max) || min >= max) {
      return fail(
        ERRORS.badRequest("Bad Request: timeMin/timeMax", Number.isNaN(min) ? "timeMin" : "timeMax"),
      );
    }
    if (q.get("orderBy") === "startTime" && q.get("singleEvents") !== "true") {
      return fail(
        ERRORS.badRequest("The requested ordering is not available for the particular query.", "orderBy"),
      );
    }
    events = [...user.events.values()].filter((e) => {
      if (e.seq > snap) return false;
      if (e.status === "cancelled" && !showDeleted) return false;
      if (e.recurrence && q.get("singleEvents") === "true") return true; // instances filtered below
      const b = eventBounds(e);
      return b.end > min && b.start < max;
    });
  }
  const singleEvents = q.get("singleEvents") === "true";
  let items: Listed[] = events.flatMap((ev) =>
    ev.recurrence && singleEvents ? instancesOf(ev, min, max) : [{ ev }],
  );
  if (!syncToken) {
    if (!showDeleted) items = items.filter((l) => !l.instance?.cancelled);
    const startOf = (l: Listed) => l.instance?.start ?? eventBounds(l.ev).start;
    items.sort((a, b) => startOf(a) - startOf(b) || (a.ev.id < b.ev.id ? -1 : 1));
  }
  const offset = cursor?.o ?? 0;
  const page = items.slice(offset, offset + maxResults);
  const json: Record<string, unknown> = {
    kind: "calendar#events",
    etag: `"p3${user.eventSeq.toString(16)}"`,
    summary: user.address,
    updated: new Date().toISOString(),
    timeZone: user.calendarTimeZone,
    accessRole: "owner",
    defaultReminders: [{ method: "popup", minutes: 10 }],
  };
  if (offset + maxResults < items.length)
    json.nextPageToken = b64({ o: offset + maxResults, snap, since: null });
  else json.nextSyncToken = b64({ g: user.syncGeneration, s: snap });
  json.items = page.map((l) =>
    l.instance ? renderInstance(user, l.ev, l.instance) : renderEvent(user, l.ev),
  );
  return { status: 200, json };
}

export type { FakeMessageSpec };
