/**
 * The `ghostwatch` command line (Node): `audit`, `classify` and `parse` over `.eml`, `.mbox`,
 * `.ics`, Microsoft Graph / Gmail / Google Calendar JSON exports and folders of them.
 *
 * Exit codes: 0 everything was read; 1 at least one file (or mbox entry, or JSON item) could
 * not be read or parsed (every other one was still processed); 2 usage or configuration error.
 */
import { writeFile } from "node:fs/promises";
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";
import type { CalendarEvent, Message } from "../engine/model.ts";
import type { TenantSettings } from "../engine/settings.ts";
import { directionResolver } from "../engine/timeline/direction.ts";
import { errorMessage } from "../parsers/errors.ts";
import { loadConfig, resolveSettings } from "./config.ts";
import { ConfigError, UsageError } from "./errors.ts";
import { HELP, VERSION } from "./help.ts";
import { displayPath, findInputs, type InputFile } from "./inputs.ts";
import { MailboxPlan } from "./mailboxes.ts";
import { createProgress, type ProgressStream } from "./progress.ts";
import { readInputs } from "./read-inputs.ts";
import { ReadTimeClassifier } from "./read-time-classifier.ts";

/** Where the CLI writes; tests pass collectors, `bin/ghostwatch.js` passes the process streams. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

const DAY_MS = 24 * 3600 * 1000;
/** Warnings printed to stderr before the rest are only counted (all of them with --verbose). */
const WARNING_LINES_MAX = 50;

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 *
 * @example
 * process.exitCode = await main(["audit", "--org-domain", "acme.com", "exports/"]);
 */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "audit":
        return await auditCommand(rest, io);
      case "classify":
        return await classifyCommand(rest, io);
      case "parse":
        return await parseCommand(rest, io);
      case undefined:
        // No command at all: the usage, on stderr, as a usage error.
        io.stderr.write(HELP.main);
        return 2;
      case "help":
      case "--help":
      case "-h": {
        const topic = command === "help" ? rest[0] : undefined;
        io.stdout.write(topic && topic in HELP ? HELP[topic as keyof typeof HELP] : HELP.main);
        return 0;
      }
      case "--version":
      case "-v":
        io.stdout.write(`ghostwatch ${VERSION}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}" (expected audit, classify or parse)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `ghostwatch: ${error.message}\nRun "ghostwatch ${command && command in HELP ? `${command} ` : ""}--help" for usage.\n`,
      );
      return 2;
    }
    if (error instanceof ConfigError) {
      for (const line of error.lines) io.stderr.write(`ghostwatch: ${line}\n`);
      return 2;
    }
    io.stderr.write(
      `ghostwatch: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  now: { type: "string" },
  timezone: { type: "string" },
  config: { type: "string" },
  "org-domain": { type: "string", multiple: true },
  verbose: { type: "boolean" },
} as const;

function parse<T extends ParseArgsOptionsConfig>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true as const, strict: true as const });
  } catch (error) {
    throw new UsageError(errorMessage(error).replace(/\. To specify a positional argument.*$/s, ""));
  }
}

function readNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  if (
    !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new UsageError(
      `--now must be an ISO date or instant such as 2026-03-20 or 2026-03-20T09:00:00Z, got "${value}"`,
    );
  }
  // A date-time without a zone is read as UTC (never as the machine's local time).
  return new Date(/T[\d:.]+$/.test(value) ? `${value}Z` : value);
}

function requirePaths(paths: string[], command: string): void {
  if (paths.length === 0)
    throw new UsageError(`${command}: give at least one PATH (.eml, .mbox, .ics, .json, .jsonl or a folder)`);
}

/** Writes error and warning lines to stderr, around the progress line. */
class Reporter {
  errors = 0;
  warnings = 0;
  readonly #io: CliIo;
  readonly #verbose: boolean;
  #progressActive = false;
  constructor(io: CliIo, verbose: boolean) {
    this.#io = io;
    this.#verbose = verbose;
  }
  set progressActive(active: boolean) {
    this.#progressActive = active;
  }
  #line(text: string): void {
    this.#io.stderr.write(`${this.#progressActive ? "\r\u001b[K" : ""}${text}\n`);
  }
  error(source: string, message: string): void {
    this.errors++;
    this.#line(`error: ${source}: ${message}`);
  }
  warning(source: string, message: string): void {
    this.warnings++;
    if (this.#verbose || this.warnings <= WARNING_LINES_MAX) this.#line(`warning: ${source}: ${message}`);
  }
  note(text: string): void {
    this.#line(text);
  }
  /** The closing summary: counts, and how many warnings were not printed. */
  summary(text: string): void {
    const hidden = this.#verbose ? 0 : Math.max(0, this.warnings - WARNING_LINES_MAX);
    this.#line(`${text}${hidden > 0 ? ` (${hidden} more warnings not shown; use --verbose)` : ""}`);
  }
}

interface ReadSummary {
  files: number;
  messages: number;
  events: number;
}

/**
 * Finds and reads every input, reporting problems, and hands each message/event to `onItem`.
 */
async function readAll(
  paths: string[],
  io: CliIo,
  reporter: Reporter,
  options: {
    now: Date;
    timeZone: string;
    mailboxIdFor(file: InputFile): string;
    reportMessageWarnings: boolean;
    verbose: boolean;
  },
  onItem: (
    item:
      | { kind: "message"; source: string; value: Message }
      | { kind: "event"; source: string; value: CalendarEvent },
  ) => void | Promise<void>,
): Promise<ReadSummary> {
  const found = await findInputs(paths);
  for (const problem of found.problems) reporter.error(displayPath(problem.path), problem.message);
  if (found.skippedUnknown.length > 0) {
    const listed = options.verbose ? found.skippedUnknown : found.skippedUnknown.slice(0, 3);
    reporter.note(
      `note: skipped ${found.skippedUnknown.length} file(s) of unknown format found in folders: ${listed.map(displayPath).join(", ")}` +
        `${listed.length < found.skippedUnknown.length ? ", … (--verbose lists them all)" : ""}`,
    );
  }
  if (found.skippedHidden.length > 0)
    reporter.note(
      `note: skipped ${found.skippedHidden.length} hidden file(s) or folder(s), e.g. ${displayPath(found.skippedHidden[0] ?? "")}`,
    );
  const progress = createProgress(io.stderr, found.files.length);
  reporter.progressActive = progress.enabled;
  const summary: ReadSummary = { files: found.files.length, messages: 0, events: 0 };
  let filesDone = 0;
  const window = {
    start: new Date(options.now.getTime() - 366 * DAY_MS),
    end: new Date(options.now.getTime() + 92 * DAY_MS),
  };
  for await (const item of readInputs(found.files, { ...options, window })) {
    switch (item.kind) {
      case "message":
        summary.messages++;
        if (options.reportMessageWarnings)
          for (const w of item.value.warnings) reporter.warning(item.source, w);
        await onItem(item);
        break;
      case "event":
        summary.events++;
        if (options.reportMessageWarnings)
          for (const w of item.value.warnings) reporter.warning(item.source, w);
        await onItem(item);
        break;
      case "error":
        reporter.error(item.source, item.message);
        break;
      case "warning":
        reporter.warning(item.source, item.message);
        break;
      case "file-done":
        filesDone++;
        break;
    }
    progress.update({ filesDone, messages: summary.messages });
  }
  progress.done();
  reporter.progressActive = false;
  return summary;
}

async function settingsFrom(
  values: {
    config?: string | undefined;
    timezone?: string | undefined;
    "org-domain"?: string[] | undefined;
    holidays?: string[] | undefined;
  },
  requireOrg: boolean,
) {
  const config = await loadConfig(values.config);
  const orgDomains = values["org-domain"] ?? [];
  const hasOrg = orgDomains.length > 0 || Array.isArray(config.settings.orgDomains);
  if (!hasOrg && !requireOrg) {
    // classify/parse work without an organisation: validate the rest with a placeholder domain.
    const settings = resolveSettings(config, {
      orgDomains: ["placeholder.invalid"],
      ...(values.timezone !== undefined ? { timeZone: values.timezone } : {}),
      ...(values.holidays ? { holidays: values.holidays } : {}),
    });
    return { config, settings: { ...settings, orgDomains: [] as string[] } as TenantSettings };
  }
  if (!hasOrg) {
    throw new UsageError(
      "give the organisation's mail domain with --org-domain (e.g. --org-domain acme.com) or orgDomains in --config",
    );
  }
  const settings = resolveSettings(config, {
    ...(orgDomains.length > 0 ? { orgDomains } : {}),
    ...(values.timezone !== undefined ? { timeZone: values.timezone } : {}),
    ...(values.holidays ? { holidays: values.holidays } : {}),
  });
  return { config, settings };
}

async function auditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    ...COMMON_OPTIONS,
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    holidays: { type: "string", multiple: true },
  });
  if (values.help) {
    io.stdout.write(HELP.audit);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json" && format !== "html") {
    throw new UsageError(`--format must be text, json or html, got "${format}"`);
  }
  const now = readNow(values.now);
  requirePaths(positionals, "audit");
  const { config, settings } = await settingsFrom(values, true);
  const plan = new MailboxPlan(config.mailboxes, config.baseDir, settings.orgDomains);
  const reporter = new Reporter(io, values.verbose === true);
  const messages: Message[] = [];
  const events: CalendarEvent[] = [];
  const started = Date.now();
  const [{ audit }, { classify }, { buildReport, renderHtml, renderJson, renderText }] = await Promise.all([
    import("../engine/audit.ts"),
    import("../engine/classifier/index.ts"),
    import("../engine/report/index.ts"),
  ]);
  // Classify each message as it is read (once per Internet message), then keep only the
  // metadata the audit needs: a large export is never held in memory with its bodies.
  const classified = new ReadTimeClassifier(classify, settings.orgDomains, reporter);
  const read = await readAll(
    positionals,
    io,
    reporter,
    {
      now,
      timeZone: settings.timeZone,
      mailboxIdFor: (f) => plan.provisionalId(f),
      reportMessageWarnings: true,
      verbose: values.verbose === true,
    },
    (item) => {
      if (item.kind === "message") messages.push(classified.take(item.value));
      else events.push(item.value);
    },
  );
  const resolution = plan.finalize(messages, events);
  for (const w of resolution.warnings) reporter.warning("mailboxes", w);
  if (values.verbose) for (const note of resolution.notes) reporter.note(note);
  const result = audit(
    { mailboxes: resolution.mailboxes, messages, events },
    { settings, classify: classified.lookup, now },
  );
  for (const w of result.warnings) reporter.warning("audit", w);
  const report = buildReport(result, { settings, now });
  const rendered =
    format === "json" ? renderJson(report) : format === "html" ? renderHtml(report) : renderText(report);
  if (values.out) {
    try {
      await writeFile(values.out, rendered);
    } catch (error) {
      reporter.error(values.out, `cannot write the report (${errorMessage(error)})`);
      return 1;
    }
  } else {
    io.stdout.write(rendered.endsWith("\n") ? rendered : `${rendered}\n`);
  }
  const seconds = (Date.now() - started) / 1000;
  reporter.summary(
    `ghostwatch: read ${read.files} file(s), ${read.messages} message(s), ${read.events} event(s) in ${seconds.toFixed(1)} s; ` +
      `${resolution.mailboxes.length} mailbox(es), ${result.stats.candidates} candidate(s), ${result.findings.length} finding(s); ` +
      `${reporter.errors} error(s), ${reporter.warnings} warning(s)${values.out ? `; report written to ${values.out}` : ""}`,
  );
  return reporter.errors > 0 ? 1 : 0;
}

async function classifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...COMMON_OPTIONS });
  if (values.help) {
    io.stdout.write(HELP.classify);
    return 0;
  }
  const now = readNow(values.now);
  requirePaths(positionals, "classify");
  const { settings } = await settingsFrom(values, false);
  if (settings.orgDomains.length === 0) {
    io.stderr.write(
      "note: no --org-domain given: message directions are unknown, so both sides' labels are considered\n",
    );
  }
  const direction = directionResolver(settings.orgDomains);
  const { classify } = await import("../engine/classifier/index.ts");
  const reporter = new Reporter(io, values.verbose === true);
  const read = await readAll(
    positionals,
    io,
    reporter,
    {
      now,
      timeZone: settings.timeZone,
      mailboxIdFor: (f) => `unit:${displayPath(f.unit)}`,
      reportMessageWarnings: true,
      verbose: values.verbose === true,
    },
    (item) => {
      if (item.kind !== "message") return;
      const m = item.value;
      const dir = direction(m);
      try {
        const c = classify(m, { direction: dir, orgDomains: settings.orgDomains });
        io.stdout.write(
          `${JSON.stringify({
            source: item.source,
            messageId: m.internetMessageId,
            label: c.label,
            confidence: c.confidence,
            evidence: c.evidence,
            direction: dir,
          })}\n`,
        );
      } catch (error) {
        reporter.error(item.source, `classifier failed: ${errorMessage(error)}`);
      }
    },
  );
  reporter.summary(
    `ghostwatch: classified ${read.messages} message(s) from ${read.files} file(s); ${reporter.errors} error(s), ${reporter.warnings} warning(s)`,
  );
  return reporter.errors > 0 ? 1 : 0;
}

async function parseCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...COMMON_OPTIONS });
  if (values.help) {
    io.stdout.write(HELP.parse);
    return 0;
  }
  const now = readNow(values.now);
  requirePaths(positionals, "parse");
  const { settings } = await settingsFrom(values, false);
  const reporter = new Reporter(io, values.verbose === true);
  const read = await readAll(
    positionals,
    io,
    reporter,
    // Warnings travel inside each JSON line here; stderr only names file-level problems.
    {
      now,
      timeZone: settings.timeZone,
      mailboxIdFor: (f) => `unit:${displayPath(f.unit)}`,
      reportMessageWarnings: false,
      verbose: values.verbose === true,
    },
    (item) => {
      io.stdout.write(`${JSON.stringify({ source: item.source, type: item.kind, item: item.value })}\n`);
    },
  );
  reporter.summary(
    `ghostwatch: parsed ${read.messages} message(s) and ${read.events} event(s) from ${read.files} file(s); ${reporter.errors} error(s), ${reporter.warnings} warning(s)`,
  );
  return reporter.errors > 0 ? 1 : 0;
}
