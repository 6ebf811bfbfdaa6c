/**
 * Pluggable mail senders through the tenant's own provider, with plain `fetch`:
 * Microsoft Graph `POST /v1.0/users/{id}/sendMail` from a service mailbox (202 Accepted) and
 * Gmail `POST /gmail/v1/users/{id}/messages/send` with a raw RFC 5322 message (200).
 */
import { attempt, type SendOutcome } from "./outcome.ts";
import { base64Url, type OutgoingMail, writeMessage } from "./rfc5322.ts";

/** Sends one message; never throws for provider errors (they come back as an outcome). */
export interface MailSender {
  send(mail: OutgoingMail): Promise<SendOutcome>;
}

export interface MailSenderOptions {
  /** Graph: `https://graph.microsoft.com`; Gmail: `https://gmail.googleapis.com/` (the API root). */
  baseUrl: string;
  /** The service mailbox (Graph user id / UPN; Gmail user id or address). */
  fromMailbox: string;
  /** A bearer token for the call (Graph app-only with `Mail.Send`, Gmail `gmail.send`). */
  token: () => Promise<string>;
  fetch?: typeof fetch;
  now?: () => Date;
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/**
 * A Graph `sendMail` sender.
 *
 * @example
 * const sender = graphMailSender({ baseUrl: env.GRAPH_BASE_URL, fromMailbox: "alerts@acme.com", token });
 * await sender.send(mail); // { ok: true, status: 202 }
 */
export function graphMailSender(options: MailSenderOptions): MailSender {
  const doFetch = options.fetch ?? fetch;
  return {
    async send(mail) {
      const now = options.now?.() ?? new Date();
      const url = join(options.baseUrl, `v1.0/users/${encodeURIComponent(options.fromMailbox)}/sendMail`);
      const body = {
        message: {
          subject: mail.subject,
          body: { contentType: "HTML", content: mail.html },
          toRecipients: mail.to.map((address) => ({ emailAddress: { address } })),
          internetMessageHeaders: Object.entries(mail.headers ?? {})
            .filter(([name]) => /^x-/i.test(name))
            .map(([name, value]) => ({ name, value })),
        },
        saveToSentItems: false,
      };
      if (body.message.internetMessageHeaders.length === 0) {
        delete (body.message as { internetMessageHeaders?: unknown }).internetMessageHeaders;
      }
      const token = await options.token();
      return attempt(
        () =>
          doFetch(url, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify(body),
          }),
        [202],
        now,
      );
    },
  };
}

/**
 * A Gmail `users.messages.send` sender (raw RFC 5322, base64url).
 *
 * @example
 * const sender = gmailMailSender({ baseUrl: env.GMAIL_ROOT_URL, fromMailbox: "alerts@acme.com", token });
 * await sender.send(mail); // { ok: true, status: 200 }
 */
export function gmailMailSender(options: MailSenderOptions): MailSender {
  const doFetch = options.fetch ?? fetch;
  return {
    async send(mail) {
      const now = options.now?.() ?? new Date();
      const url = join(
        options.baseUrl,
        `gmail/v1/users/${encodeURIComponent(options.fromMailbox)}/messages/send`,
      );
      const raw = base64Url(writeMessage(mail));
      const token = await options.token();
      return attempt(
        () =>
          doFetch(url, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({ raw }),
          }),
        [200],
        now,
      );
    },
  };
}
