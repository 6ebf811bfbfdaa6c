import { describe, expect, it } from "vitest";
import type { InputFile } from "../../src/cli/inputs.ts";
import { MailboxPlan } from "../../src/cli/mailboxes.ts";
import { Message } from "../../src/engine/model.ts";

const file = (path: string, kind: InputFile["kind"] = "mbox"): InputFile => ({
  path,
  kind,
  size: 1,
  mtime: new Date(0),
  unit: kind === "eml" ? path.slice(0, path.lastIndexOf("/")) : path,
});

const msg = (mailboxId: string, fields: Partial<Message>): Message =>
  Message.parse({
    id: `m${Math.random()}`,
    mailboxId,
    provider: "file",
    internetMessageId: null,
    from: null,
    sentAt: null,
    receivedAt: "2026-03-02T09:00:00Z",
    ...fields,
  });

describe("MailboxPlan", () => {
  it("infers the owner from an organisation Delivered-To, ignoring a candidate's", () => {
    const plan = new MailboxPlan([], "/", ["acme.com"]);
    const id = plan.provisionalId(file("exports/rita.mbox"));
    const messages = [
      msg(id, { headers: { "delivered-to": "rita@acme.com" } }),
      msg(id, { headers: { "delivered-to": "<rita@acme.com>" } }),
      msg(id, { headers: { "delivered-to": "jordan@example.org" } }),
      msg(id, { headers: { "delivered-to": "jordan@example.org" } }),
      msg(id, { headers: { "delivered-to": "jordan@example.org" } }),
    ];
    const { mailboxes } = plan.finalize(messages, []);
    expect(mailboxes).toEqual([
      { id: "rita@acme.com", address: "rita@acme.com", provider: "file", role: "recruiter" },
    ]);
    expect(messages.every((m) => m.mailboxId === "rita@acme.com")).toBe(true);
  });

  it("falls back to the sender of sent mail, and merges two exports of the same owner", () => {
    const plan = new MailboxPlan([], "/", ["acme.com"]);
    const a = plan.provisionalId(file("x/sam.mbox"));
    const b = plan.provisionalId(file("y/sam-2024.mbox"));
    expect(a).not.toBe(b);
    const messages = [
      msg(a, { folder: "sent", from: { address: "sam@acme.com" }, to: [{ address: "c@example.org" }] }),
      msg(b, { folder: "sent", from: { address: "sam@acme.com" } }),
    ];
    const { mailboxes } = plan.finalize(messages, []);
    expect(mailboxes.map((m) => m.id)).toEqual(["sam@acme.com"]);
  });

  it("a configured mailbox claims files under its paths and lends role and team to an inferred owner", () => {
    const plan = new MailboxPlan(
      [
        {
          address: "rita@acme.com",
          role: "coordinator",
          team: "eng",
          provider: "file",
          paths: ["exports/rita"],
        },
        { address: "lee@acme.com", role: "hiring_manager", provider: "google", paths: [] },
      ],
      "/data",
      ["acme.com"],
    );
    expect(plan.provisionalId(file("/data/exports/rita/inbox/a.eml", "eml"))).toBe("rita@acme.com");
    const other = plan.provisionalId(file("/data/exports/lee.mbox"));
    const { mailboxes } = plan.finalize([msg(other, { headers: { "delivered-to": "lee@acme.com" } })], []);
    expect(mailboxes).toEqual([
      { id: "rita@acme.com", address: "rita@acme.com", provider: "file", role: "coordinator", team: "eng" },
      { id: "lee@acme.com", address: "lee@acme.com", provider: "google", role: "hiring_manager" },
    ]);
  });

  it("an owner that cannot be inferred gets a named placeholder and a warning, not a silent guess", () => {
    const plan = new MailboxPlan([], "/", ["acme.com"]);
    const id = plan.provisionalId(file("exports/mystery.mbox"));
    const { mailboxes, warnings } = plan.finalize([msg(id, { from: { address: "x@example.org" } })], []);
    expect(mailboxes[0]?.address).toBe("exports-mystery-mbox@unknown.invalid");
    expect(warnings[0]).toMatch(/mailbox of exports\/mystery\.mbox: owner address unknown/);
  });

  it("mailbox ids carried in by parse output or other exports are resolved like units", () => {
    const plan = new MailboxPlan([], "/", ["acme.com"]);
    const messages = [msg("unit:old/run.mbox", { headers: { "delivered-to": "lee@acme.com" } })];
    const { mailboxes } = plan.finalize(messages, []);
    expect(mailboxes.map((m) => m.id)).toEqual(["lee@acme.com"]);
    expect(messages[0]?.mailboxId).toBe("lee@acme.com");
  });
});
