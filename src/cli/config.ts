/**
 * Tenant configuration for the CLI: a JSON or TOML file (smol-toml) holding the engine's
 * `TenantSettings` plus the mailboxes to audit, validated with the engine's zod schemas, with
 * `--org-domain`, `--timezone` and `--holidays` overriding the file. Errors name the file and
 * the field, e.g. `config.toml: sla.replyToCandidate: expected a positive number`.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { parse as parseToml } from "smol-toml";
import { z } from "zod";
import { EmailAddress, MailboxRole, Provider } from "../engine/model.ts";
import { TenantSettings } from "../engine/settings.ts";
import { ConfigError } from "./errors.ts";

/** One mailbox listed in the configuration. */
export const MailboxConfig = z
  .object({
    /** The owner's address; messages and calendars of this mailbox belong to it. */
    address: EmailAddress.shape.address.refine((a) => a.includes("@"), "expected a mail address"),
    /** Defaults to the address. */
    id: z.string().min(1).optional(),
    displayName: z.string().optional(),
    role: MailboxRole.default("recruiter"),
    team: z.string().optional(),
    provider: Provider.default("file"),
    /** Input files or folders (relative to the config file) that hold this mailbox's export. */
    paths: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type MailboxConfig = z.infer<typeof MailboxConfig>;

/** What a loaded configuration holds, before the command-line overrides. */
export interface LoadedConfig {
  /** Name used in error lines (the file's base name, or `options`). */
  label: string;
  /** Directory the mailbox `paths` are relative to. */
  baseDir: string;
  settings: Record<string, unknown>;
  mailboxes: MailboxConfig[];
}

/** Command-line shortcuts that override the file. */
export interface SettingsOverrides {
  orgDomains?: string[];
  timeZone?: string;
  holidays?: string[];
}

const SETTINGS_KEYS = new Set(Object.keys(TenantSettings.shape));

/**
 * Reads and validates a configuration file (`.toml` or `.json`, else sniffed), without the
 * overrides applied. Throws `ConfigError` naming the file and each bad field.
 *
 * @example
 * const config = await loadConfig("ghostwatch.toml");
 */
export async function loadConfig(path: string | undefined): Promise<LoadedConfig> {
  if (!path) return { label: "options", baseDir: process.cwd(), settings: {}, mailboxes: [] };
  const label = basename(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError([`${label}: cannot read the configuration file (${(error as Error).message})`]);
  }
  let data: unknown;
  const looksJson =
    path.toLowerCase().endsWith(".json") || (!path.toLowerCase().endsWith(".toml") && /^\s*\{/.test(text));
  try {
    data = looksJson ? JSON.parse(text) : parseToml(text);
  } catch (error) {
    const firstLine = String((error as Error).message).split("\n")[0];
    throw new ConfigError([`${label}: not valid ${looksJson ? "JSON" : "TOML"}: ${firstLine}`]);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError([`${label}: expected a table/object of settings at the top level`]);
  }
  const { mailboxes: rawMailboxes, ...settings } = data as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(settings)) {
    if (!SETTINGS_KEYS.has(key))
      problems.push(
        `${label}: ${key}: unknown setting (known: ${[...SETTINGS_KEYS, "mailboxes"].join(", ")})`,
      );
  }
  let mailboxes: MailboxConfig[] = [];
  if (rawMailboxes !== undefined) {
    const parsed = z.array(MailboxConfig).safeParse(rawMailboxes);
    if (parsed.success) mailboxes = parsed.data;
    else problems.push(...issueLines(parsed.error, label, ["mailboxes"]));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { label, baseDir: dirname(resolve(path)), settings, mailboxes };
}

/**
 * Applies the command-line overrides and validates the result with `TenantSettings`.
 *
 * @example
 * resolveSettings(config, { orgDomains: ["acme.com"], timeZone: "Europe/Paris" }).sla.replyToCandidate // 2
 */
export function resolveSettings(config: LoadedConfig, overrides: SettingsOverrides): TenantSettings {
  const merged: Record<string, unknown> = { ...config.settings };
  if (overrides.orgDomains && overrides.orgDomains.length > 0) merged.orgDomains = overrides.orgDomains;
  if (overrides.timeZone !== undefined) merged.timeZone = overrides.timeZone;
  if (overrides.holidays && overrides.holidays.length > 0) {
    const holidays = typeof merged.holidays === "object" && merged.holidays !== null ? merged.holidays : {};
    merged.holidays = { ...holidays, countries: overrides.holidays.map((h) => h.toUpperCase()) };
  }
  const parsed = TenantSettings.safeParse(merged);
  if (parsed.success) return parsed.data;
  const flagFor: Record<string, string | undefined> = {
    orgDomains: overrides.orgDomains?.length ? "--org-domain" : undefined,
    timeZone: overrides.timeZone !== undefined ? "--timezone" : undefined,
    holidays: overrides.holidays?.length ? "--holidays" : undefined,
  };
  const lines = parsed.error.issues.map((issue) => {
    const top = String(issue.path[0] ?? "");
    const flag = flagFor[top];
    if (flag) return `${flag}: ${describeIssue(issue)}`;
    if (top === "orgDomains" && issue.code === "too_small") {
      return `${config.label}: orgDomains: at least one organisation domain is required (give --org-domain acme.com or orgDomains in the config)`;
    }
    return `${config.label}: ${issue.path.length ? issue.path.join(".") : "(root)"}: ${describeIssue(issue)}`;
  });
  throw new ConfigError(lines);
}

function issueLines(error: z.ZodError, label: string, prefix: (string | number)[]): string[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path]
      .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join("");
    return `${label}: ${path || "(root)"}: ${describeIssue(issue)}`;
  });
}

/**
 * One zod issue as a short English phrase ("expected a positive number", "expected a string").
 *
 * @example
 * describeIssue({ code: "too_small", origin: "number", minimum: 0, inclusive: false, ... }) // "expected a positive number"
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_small" && issue.origin === "number") {
    if (Number(issue.minimum) === 0 && !issue.inclusive) return "expected a positive number";
    return `expected a number ${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}`;
  }
  if (issue.code === "too_big" && issue.origin === "number") {
    return `expected a number ${issue.inclusive ? "≤" : "<"} ${String(issue.maximum)}`;
  }
  if (issue.code === "invalid_type") {
    const article = /^[aeiou]/.test(issue.expected) ? "an" : "a";
    return `expected ${article} ${issue.expected}`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  return issue.message;
}
