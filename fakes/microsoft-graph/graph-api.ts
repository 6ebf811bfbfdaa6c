/**
 * The Graph v1.0 resource routes of the fake, shared by direct HTTP calls and `$batch` inner
 * requests: users, mailFolders, message delta per folder, message get (with
 * `$expand=microsoft.graph.eventMessage/event`), calendarView delta. Behaviour follows the
 * published docs, including the awkward parts: `$filter` caps delta at 5,000 messages, `$select`
 * on delta drops eventMessage properties, read-flag changes come back as 3-property items,
 * `@removed` for deleted items and for events that left the window, 410 `SyncStateNotFound` for
 * evicted tokens.
 */
import {
  ensureMailbox,
  type Folder,
  findFolder,
  findMessage,
  type MailboxState,
  type StoredItem,
  type SyncState,
  saveSyncState,
  type TenantState,
} from "./store.ts";

export interface GraphCall {
  method: string;
  /** Path after `/v1.0`, e.g. `/users/a@b.com/mailFolders/inbox/messages/delta`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export interface GraphResult {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Graph's error body with `innerError.request-id` and `date` (no zone suffix, as observed). */
export function graphError(
  status: number,
  code: string,
  message: string,
  requestId: string,
  extraHeaders: Record<string, string> = {},
): GraphResult {
  return {
    status,
    headers: { "content-type": "application/json", ...extraHeaders },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          "request-id": requestId,
          "client-request-id": requestId,
        },
      },
    },
  };
}

const EVENT_MESSAGE_ONLY = new Set([
  "meetingMessageType",
  "startDateTime",
  "endDateTime",
  "previousStartDateTime",
  "previousEndDateTime",
  "isOutOfDate",
  "isAllDay",
  "isDelegated",
  "type",
  "recurrence",
  "location",
  "previousLocation",
  "responseRequested",
  "allowNewTimeProposals",
  "event",
]);

function wantsText(headers: Record<string, string>): boolean {
  return /outlook\.body-content-type\s*=\s*"?text"?/i.test(headers.prefer ?? "");
}

function pageSize(t: TenantState, headers: Record<string, string>): number {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(headers.prefer ?? "");
  const asked = m ? Number(m[1]) : t.settings.defaultPageSize;
  return Math.max(1, Math.min(asked, t.settings.maxPageSize));
}

function asHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>${escaped.replace(/\r?\n/g, "<br>")}</div></body></html>`;
}

/** Applies `$select`, the body preference and the delta restrictions to one stored message. */
function projectMessage(
  item: StoredItem,
  select: string[] | null,
  options: { text: boolean; inDelta: boolean; expandEvent: boolean },
): Record<string, unknown> {
  const data = item.data;
  const isEventMessage = String(data["@odata.type"] ?? "").startsWith("#microsoft.graph.eventMessage");
  const out: Record<string, unknown> = {
    "@odata.type": data["@odata.type"] ?? "#microsoft.graph.message",
    "@odata.etag": data["@odata.etag"],
    id: data.id,
  };
  const keys =
    select ?? Object.keys(data).filter((k) => k !== "internetMessageHeaders" && k !== "uniqueBody");
  for (const key of keys) {
    if (key === "id" || key.startsWith("@")) continue;
    if (key === "event") continue; // navigation property: only through $expand
    if (EVENT_MESSAGE_ONLY.has(key) && (!isEventMessage || (options.inDelta && select))) continue;
    if (key === "uniqueBody") {
      if (data.body) out.uniqueBody = data.body;
      continue;
    }
    if (!(key in data)) continue;
    out[key] = data[key];
  }
  for (const bodyKey of ["body", "uniqueBody"]) {
    const body = out[bodyKey] as { contentType: string; content: string } | undefined;
    if (body && !options.text) out[bodyKey] = { contentType: "html", content: asHtml(body.content) };
  }
  if (options.expandEvent && isEventMessage && data.event) out.event = data.event;
  return out;
}

function parseSelect(query: URLSearchParams): string[] | null {
  const raw = query.get("$select");
  if (!raw) return null;
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseCutoff(
  query: URLSearchParams,
): { ok: true; value: { op: "ge" | "gt"; at: number } | null } | { ok: false; error: string } {
  const raw = query.get("$filter");
  if (!raw) return { ok: true, value: null };
  const m = /^\s*receivedDateTime\s+(ge|gt)\s+(\S+)\s*$/i.exec(raw);
  if (!m)
    return {
      ok: false,
      error: `The $filter '${raw}' is not supported on delta: only receivedDateTime ge/gt.`,
    };
  const at = Date.parse(m[2]!.replace(/^'|'$/g, ""));
  if (Number.isNaN(at)) return { ok: false, error: `Invalid date in $filter '${raw}'.` };
  return { ok: true, value: { op: m[1]!.toLowerCase() as "ge" | "gt", at } };
}

function matchesCutoff(
  data: Record<string, unknown>,
  cutoff: { op: "ge" | "gt"; at: number } | null,
): boolean {
  if (!cutoff) return true;
  const at = Date.parse(String(data.receivedDateTime));
  return cutoff.op === "ge" ? at >= cutoff.at : at > cutoff.at;
}

function graphDateToMs(v: unknown): number {
  const dt = (v as { dateTime?: string } | undefined)?.dateTime ?? "";
  return Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(dt) ? dt : `${dt}Z`);
}

/** Runs one Graph call against the tenant's state. */
export function handleGraphCall(
  t: TenantState,
  call: GraphCall,
  baseUrl: string,
  requestId: string,
): GraphResult {
  const ok = (body: unknown, headers: Record<string, string> = {}): GraphResult => ({
    status: 200,
    headers: { "content-type": "application/json; odata.metadata=minimal", ...headers },
    body,
  });
  const segments = call.path.split("/").filter(Boolean).map(decodeURIComponent);
  if (segments[0]?.toLowerCase() !== "users" || !segments[1]) {
    return graphError(
      400,
      "BadRequest",
      `Resource not found for the segment '${segments[0] ?? ""}'.`,
      requestId,
    );
  }
  const upn = segments[1].toLowerCase();
  const mailbox = t.mailboxes.get(upn) ?? [...t.mailboxes.values()].find((m) => m.id === upn);
  if (!mailbox)
    return graphError(404, "ErrorInvalidUser", `The requested user '${segments[1]}' is invalid.`, requestId);
  if (call.method !== "GET") {
    return graphError(405, "ErrorInvalidRequest", "The OData request is not supported.", requestId);
  }
  const rest = segments.slice(2);
  const userUrl = `${baseUrl}/v1.0/users/${encodeURIComponent(mailbox.upn)}`;
  if (rest.length === 0) {
    return ok({
      "@odata.context": `${baseUrl}/v1.0/$metadata#users/$entity`,
      id: mailbox.id,
      userPrincipalName: mailbox.upn,
      mail: mailbox.upn,
      displayName: mailbox.displayName,
    });
  }
  // mailFolders / mailFolders('x') / mailFolders/x
  const head = rest[0] ?? "";
  const folderMatch = /^mailFolders(?:\('([^']*)'\))?$/i.exec(head);
  if (folderMatch) {
    const folderRef = folderMatch[1] ?? rest[1];
    const tail = folderMatch[1] !== undefined ? rest.slice(1) : rest.slice(2);
    if (folderRef === undefined) {
      return ok({
        "@odata.context": `${baseUrl}/v1.0/$metadata#users('${mailbox.upn}')/mailFolders`,
        value: [...mailbox.folders.values()].map((f) => folderResource(f)),
      });
    }
    const folder = findFolder(mailbox, folderRef);
    if (!folder) {
      return graphError(404, "ErrorInvalidIdMalformed", "Id is malformed.", requestId);
    }
    if (tail.length === 0) return ok(folderResource(folder));
    if (tail[0] === "messages" && tail[1] === "delta" && tail.length === 2) {
      return messageDelta(t, mailbox, folder, call, userUrl, requestId);
    }
    if (tail[0] === "messages" && tail[1] && tail.length === 2) {
      return getMessage(mailbox, tail[1], call, requestId, folder);
    }
    return graphError(400, "BadRequest", `Unsupported segment '${tail.join("/")}'.`, requestId);
  }
  if (head === "messages" && rest[1] && rest.length === 2)
    return getMessage(mailbox, rest[1], call, requestId);
  if (head.toLowerCase() === "calendarview" && rest[1] === "delta" && rest.length === 2) {
    return eventDelta(t, mailbox, call, userUrl, requestId);
  }
  return graphError(400, "BadRequest", `Resource not found for the segment '${head}'.`, requestId);
}

function folderResource(f: Folder) {
  return {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: "AQMkADmsgfolderroot",
    childFolderCount: 0,
    unreadItemCount: [...f.messages.values()].filter((m) => m.data.isRead === false).length,
    totalItemCount: f.messages.size,
    isHidden: false,
  };
}

function getMessage(
  mailbox: MailboxState,
  id: string,
  call: GraphCall,
  requestId: string,
  folder?: Folder,
): GraphResult {
  const found = findMessage(mailbox, id);
  if (!found || (folder && found.folder !== folder)) {
    return graphError(
      404,
      "ErrorItemNotFound",
      "The specified object was not found in the store.",
      requestId,
    );
  }
  const expand = call.query.get("$expand") ?? "";
  const text = wantsText(call.headers);
  return {
    status: 200,
    headers: {
      "content-type": "application/json; odata.metadata=minimal",
      ...(text ? { "preference-applied": 'outlook.body-content-type="text"' } : {}),
    },
    body: projectMessage(found.item, parseSelect(call.query), {
      text,
      inDelta: false,
      expandEvent: /eventMessage\/event/i.test(expand),
    }),
  };
}

type PendingEntry = { id: string; removed: boolean };

function messageDelta(
  t: TenantState,
  mailbox: MailboxState,
  folder: Folder,
  call: GraphCall,
  userUrl: string,
  requestId: string,
): GraphResult {
  const skip = call.query.get("$skiptoken");
  const delta = call.query.get("$deltatoken");
  let state: Extract<SyncState, { kind: "messages" }>;
  const gone = () =>
    graphError(
      410,
      "SyncStateNotFound",
      `The sync state generation is not found; generation=${Math.floor(Math.random() * 200)};[highest=${mailbox.seq}].`,
      requestId,
      { location: `${userUrl}/mailFolders('${folder.id}')/messages/delta?$deltatoken=` },
    );
  if (skip || delta) {
    const saved = t.syncStates.get((skip ?? delta)!);
    if (saved?.kind !== "messages" || saved.folder !== folder.key || saved.upn !== mailbox.upn) return gone();
    if (skip && !saved.pending) return gone();
    state = saved;
    if (delta) {
      const ids: string[] = [];
      const removed = new Set<string>();
      for (const [id, seq] of folder.tombstones) if (seq > state.watermark) removed.add(id);
      for (const [id, item] of folder.messages) {
        if (item.seq > state.watermark && matchesCutoff(item.data, state.cutoff)) ids.push(id);
      }
      state = { ...state, pending: { ids: [...removed, ...ids], removed, offset: 0, snapshot: mailbox.seq } };
    }
  } else {
    const cutoff = parseCutoff(call.query);
    if (!cutoff.ok) return graphError(400, "ErrorInvalidUrlQueryFilter", cutoff.error, requestId);
    if (call.query.get("$orderby") && !/^receivedDateTime desc$/i.test(call.query.get("$orderby")!.trim())) {
      return graphError(
        400,
        "ErrorInvalidUrlQuery",
        "$orderby is limited to receivedDateTime desc on delta.",
        requestId,
      );
    }
    let items = [...folder.messages.values()].filter((i) => matchesCutoff(i.data, cutoff.value));
    items.sort(
      (a, b) => Date.parse(String(b.data.receivedDateTime)) - Date.parse(String(a.data.receivedDateTime)),
    );
    if (cutoff.value) items = items.slice(0, t.settings.filteredDeltaCap);
    state = {
      kind: "messages",
      upn: mailbox.upn,
      folder: folder.key,
      select: parseSelect(call.query),
      cutoff: cutoff.value,
      watermark: 0,
      pending: {
        ids: items.map((i) => String(i.data.id)),
        removed: new Set(),
        offset: 0,
        snapshot: mailbox.seq,
      },
    };
  }
  const pending = state.pending!;
  const size = pageSize(t, call.headers);
  const text = wantsText(call.headers);
  const slice: PendingEntry[] = pending.ids
    .slice(pending.offset, pending.offset + size)
    .map((id) => ({ id, removed: pending.removed.has(id) }));
  const value = slice.map(({ id, removed }) => {
    const item = folder.messages.get(id);
    if (removed || !item)
      return { "@odata.type": "#microsoft.graph.message", id, "@removed": { reason: "deleted" } };
    if ((item as StoredItem & { partialChange?: boolean }).partialChange && state.watermark > 0) {
      return {
        "@odata.type": "#microsoft.graph.message",
        "@odata.etag": item.data["@odata.etag"],
        id,
        isRead: item.data.isRead,
        parentFolderId: folder.id,
      };
    }
    return projectMessage(item, state.select, { text, inDelta: true, expandEvent: false });
  });
  const nextOffset = pending.offset + slice.length;
  const link = `${userUrl}/mailFolders('${folder.id}')/messages/delta`;
  const body: Record<string, unknown> = { "@odata.context": `${userUrl}/$metadata#Collection(message)` };
  if (nextOffset < pending.ids.length) {
    const token = saveSyncState(t, { ...state, pending: { ...pending, offset: nextOffset } });
    body["@odata.nextLink"] = `${link}?$skiptoken=${token}`;
  } else {
    const { pending: _done, ...rest } = state;
    const token = saveSyncState(t, { ...rest, watermark: pending.snapshot });
    body["@odata.deltaLink"] = `${link}?$deltatoken=${token}`;
  }
  body.value = value;
  return {
    status: 200,
    headers: {
      "content-type": "application/json; odata.metadata=minimal",
      ...(text
        ? { "preference-applied": `odata.maxpagesize=${size}, outlook.body-content-type="text"` }
        : {}),
    },
    body,
  };
}

function eventDelta(
  t: TenantState,
  mailbox: MailboxState,
  call: GraphCall,
  userUrl: string,
  requestId: string,
): GraphResult {
  if (call.query.get("$select") || call.query.get("$filter") || call.query.get("$expand")) {
    return graphError(
      400,
      "ErrorInvalidUrlQuery",
      "calendarView delta does not support $select, $filter or $expand.",
      requestId,
    );
  }
  const skip = call.query.get("$skiptoken");
  const delta = call.query.get("$deltatoken");
  let state: Extract<SyncState, { kind: "events" }>;
  const overlaps = (data: Record<string, unknown>, s: { start: number; end: number }) =>
    graphDateToMs(data.start) < s.end && graphDateToMs(data.end) > s.start;
  if (skip || delta) {
    const saved = t.syncStates.get((skip ?? delta)!);
    if (saved?.kind !== "events" || saved.upn !== mailbox.upn || (skip && !saved.pending)) {
      return graphError(410, "SyncStateNotFound", "The sync state generation is not found.", requestId);
    }
    state = saved;
    if (delta) {
      const removed = new Set<string>();
      const ids: string[] = [];
      for (const [id, seq] of mailbox.eventTombstones) if (seq > state.watermark) removed.add(id);
      for (const [id, item] of mailbox.events) {
        if (item.seq <= state.watermark) continue;
        // Documented: changes outside the window come back as @removed too.
        if (overlaps(item.data, state)) ids.push(id);
        else removed.add(id);
      }
      state = { ...state, pending: { ids: [...removed, ...ids], removed, offset: 0, snapshot: mailbox.seq } };
    }
  } else {
    const start = Date.parse(call.query.get("startDateTime") ?? "");
    const end = Date.parse(call.query.get("endDateTime") ?? "");
    if (Number.isNaN(start) || Number.isNaN(end)) {
      return graphError(
        400,
        "ErrorInvalidParameter",
        "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
        requestId,
      );
    }
    const items = [...mailbox.events.values()]
      .filter((i) => overlaps(i.data, { start, end }))
      .sort((a, b) => graphDateToMs(a.data.start) - graphDateToMs(b.data.start));
    state = {
      kind: "events",
      upn: mailbox.upn,
      start,
      end,
      watermark: 0,
      pending: {
        ids: items.map((i) => String(i.data.id)),
        removed: new Set(),
        offset: 0,
        snapshot: mailbox.seq,
      },
    };
  }
  const pending = state.pending!;
  const size = pageSize(t, call.headers);
  const ids = pending.ids.slice(pending.offset, pending.offset + size);
  const value = ids.map((id) => {
    const item = mailbox.events.get(id);
    if (pending.removed.has(id) || !item) {
      return { "@odata.type": "#microsoft.graph.event", id, "@removed": { reason: "deleted" } };
    }
    return item.data;
  });
  const nextOffset = pending.offset + ids.length;
  const link = `${userUrl}/calendarView/delta`;
  const body: Record<string, unknown> = { "@odata.context": `${userUrl}/$metadata#Collection(event)` };
  if (nextOffset < pending.ids.length) {
    body["@odata.nextLink"] =
      `${link}?$skiptoken=${saveSyncState(t, { ...state, pending: { ...pending, offset: nextOffset } })}`;
  } else {
    const { pending: _done, ...rest } = state;
    body["@odata.deltaLink"] =
      `${link}?$deltatoken=${saveSyncState(t, { ...rest, watermark: pending.snapshot })}`;
  }
  body.value = value;
  return { status: 200, headers: { "content-type": "application/json; odata.metadata=minimal" }, body };
}

/** Mailbox targeted by a Graph path, for the per-mailbox concurrency counter. */
export function mailboxOfPath(t: TenantState, path: string): MailboxState | undefined {
  const m = /^\/users\/([^/?]+)/i.exec(path);
  if (!m) return undefined;
  const key = decodeURIComponent(m[1]!).toLowerCase();
  return t.mailboxes.get(key) ?? [...t.mailboxes.values()].find((mb) => mb.id === key);
}

/** Route name for counters: user and ids replaced by placeholders. */
export function routeName(method: string, path: string): string {
  const p = path
    .replace(/^\/users\/[^/]+/i, "/users/{user}")
    .replace(/mailFolders\('[^']*'\)/i, "mailFolders/{folder}")
    .replace(/mailFolders\/(?!\{folder\})[^/]+/i, "mailFolders/{folder}")
    .replace(/\/messages\/(?!delta)[^/]+/i, "/messages/{id}")
    .replace(/\/subscriptions\/[^/]+/i, "/subscriptions/{id}");
  return `${method} ${p}`;
}

export { ensureMailbox };
