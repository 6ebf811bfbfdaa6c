/** Help texts of the `ghostwatch` command line. */

export const VERSION = "0.1.0";

const COMMON = `  --config FILE        tenant settings and mailboxes (TOML or JSON); see docs/cli.md
  --timezone ZONE      organisation time zone (IANA, e.g. Europe/Paris); overrides the config
  --now ISO            the audit clock (default: now), e.g. 2026-03-20T09:00:00Z
  --verbose            print every warning and how mailboxes were derived
  -h, --help           this help`;

const INPUTS = `PATH is a file or a folder (read recursively; hidden entries skipped):
  .eml                 one RFC 5322 message; the folder holding it is one mailbox
  .mbox                an mbox (e.g. Google Takeout), streamed; owner from Delivered-To
  .ics                 a calendar export
  .json / .jsonl       Microsoft Graph messages/events (single resources or {"value": [...]}),
                       Gmail messages (format=full, metadata or raw; arrays or {"messages": [...]}),
                       Google Calendar events ({"items": [...]}), or ghostwatch parse output`;

const EXIT = `Exit codes: 0 all inputs read; 1 some file, mbox entry or JSON item failed (named on stderr,
everything else still processed); 2 usage or configuration error.`;

export const HELP = {
  main: `ghostwatch ${VERSION} — finds where a hiring team let a candidate down

Usage:
  ghostwatch audit --org-domain acme.com [options] PATH...   audit report (text, json, html)
  ghostwatch classify [--org-domain acme.com] PATH...        one JSON line per message: label, confidence, evidence
  ghostwatch parse PATH...                                   one JSON line per normalised message or event
  ghostwatch help COMMAND | COMMAND --help

${INPUTS}

${EXIT}
`,
  audit: `Usage: ghostwatch audit --org-domain DOMAIN [--org-domain DOMAIN...] [options] PATH...

Rebuilds every candidate's timeline across the mailboxes in PATH, runs the rules and prints the
audit report.

Options:
  --org-domain DOMAIN  the organisation's mail domain (repeatable; sub-domains included);
                       replaces orgDomains of the config
  --format FORMAT      text (default), json or html
  --out FILE           write the report to FILE instead of stdout
  --holidays CC[-RR]   public holidays of a country/region, e.g. US, GB, DE-BY (repeatable);
                       replaces holidays.countries of the config
${COMMON}

${INPUTS}

${EXIT}
`,
  classify: `Usage: ghostwatch classify [--org-domain DOMAIN...] [options] PATH...

Prints one JSON line per message:
  {"source": "file[#n]", "messageId": "<...>", "label": "...", "confidence": 0.9, "evidence": [...], "direction": "..."}
Without --org-domain, directions are unknown and the classifier weighs both sides' labels.

Options:
  --org-domain DOMAIN  the organisation's mail domain (repeatable)
${COMMON}

${INPUTS}

${EXIT}
`,
  parse: `Usage: ghostwatch parse [options] PATH...

Prints one JSON line per normalised message or event:
  {"source": "file[#n]", "type": "message" | "event", "item": {...}}
Problems found inside an item are in its "warnings"; unreadable inputs are named on stderr.
The output can be fed back to audit/classify as a .jsonl file.

Options:
${COMMON}

${INPUTS}

${EXIT}
`,
} as const;
