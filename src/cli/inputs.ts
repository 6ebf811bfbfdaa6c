/**
 * Finding the input files of a run (Node only): PATH arguments that are files or folders
 * (walked recursively, in sorted order), each file's kind by extension or by its first bytes,
 * and the mailbox unit it belongs to.
 */
import { open, readdir, stat } from "node:fs/promises";
import { dirname, extname, join, relative, resolve } from "node:path";

export type InputKind = "eml" | "mbox" | "ics" | "json" | "jsonl";

export interface InputFile {
  /** Path as given or found (relative when the argument was relative). */
  path: string;
  kind: InputKind;
  size: number;
  mtime: Date;
  /**
   * The unit a provisional mailbox is derived from: the folder holding an `.eml` file, or the
   * file itself for mbox/ics/JSON exports.
   */
  unit: string;
}

export interface InputProblem {
  path: string;
  message: string;
}

export interface FoundInputs {
  files: InputFile[];
  /** Paths that could not be used (missing, unreadable, unknown format). */
  problems: InputProblem[];
  /** Hidden files and folders skipped while walking (named in the summary, not read). */
  skippedHidden: string[];
  /**
   * Files met while walking a folder whose format is unknown (README, .csv, LICENSE…): counted
   * and named in a note, not errors. A file named on the command line is an error instead.
   */
  skippedUnknown: string[];
}

const BY_EXTENSION: Record<string, InputKind> = {
  ".eml": "eml",
  ".msg822": "eml",
  ".mbox": "mbox",
  ".mbx": "mbox",
  ".ics": "ics",
  ".ical": "ics",
  ".ifb": "ics",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/**
 * Walks PATH arguments (files or folders, recursively) into the list of input files.
 *
 * @example
 * const { files, problems } = await findInputs(["exports/", "rita.mbox"]);
 */
export async function findInputs(paths: readonly string[]): Promise<FoundInputs> {
  const found: FoundInputs = { files: [], problems: [], skippedHidden: [], skippedUnknown: [] };
  const seen = new Set<string>();
  for (const path of paths) await visit(path, true, found, seen);
  return found;
}

async function visit(path: string, explicit: boolean, found: FoundInputs, seen: Set<string>): Promise<void> {
  const absolute = resolve(path);
  if (seen.has(absolute)) return;
  seen.add(absolute);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    found.problems.push({
      path,
      message:
        code === "ENOENT" ? "no such file or folder" : `cannot read (${code ?? (error as Error).message})`,
    });
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(path)).sort();
    } catch (error) {
      found.problems.push({
        path,
        message: `cannot list the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      });
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith(".")) {
        found.skippedHidden.push(join(path, entry));
        continue;
      }
      await visit(join(path, entry), false, found, seen);
    }
    return;
  }
  if (!info.isFile()) {
    found.problems.push({ path, message: "not a regular file" });
    return;
  }
  const kind = BY_EXTENSION[extname(path).toLowerCase()] ?? (await sniffKind(path));
  if (!kind) {
    if (explicit) {
      found.problems.push({
        path,
        message:
          "unknown input format: expected .eml, .mbox, .ics, .json or .jsonl (or content that starts like one)",
      });
    } else {
      found.skippedUnknown.push(path);
    }
    return;
  }
  found.files.push({
    path,
    kind,
    size: Number(info.size),
    mtime: info.mtime,
    unit: kind === "eml" ? dirname(path) : path,
  });
}

/**
 * The kind of a file without a known extension, from its first bytes; null when unrecognised.
 *
 * @example
 * await sniffKind("Takeout/Mail/All mail Including Spam and Trash") // "mbox"
 */
export async function sniffKind(path: string): Promise<InputKind | null> {
  let head = "";
  try {
    const handle = await open(path, "r");
    try {
      const buffer = new Uint8Array(4096);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = new TextDecoder("latin1").decode(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
  const text = head.replace(/^\uFEFF|^ï»¿/, "").trimStart();
  if (text.startsWith("From ")) return "mbox";
  if (/^BEGIN:VCALENDAR/i.test(text)) return "ics";
  if (text.startsWith("{") || text.startsWith("[")) {
    const firstLine = text.split("\n")[0] ?? "";
    return firstLine.trim().endsWith("}") && text.split("\n").filter((l) => l.trim()).length > 1
      ? "jsonl"
      : "json";
  }
  if (
    /^[\x21-\x39\x3b-\x7e]+:/.test(text) &&
    /^(from|date|subject|received|message-id|return-path|mime-version|delivered-to|to):/im.test(text)
  ) {
    return "eml";
  }
  return null;
}

/**
 * A short, stable label for a path relative to the working directory (for ids and sources).
 *
 * @example
 * displayPath("/work/exports/a.eml") // "exports/a.eml"
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel && !rel.startsWith("..") ? rel : resolve(path);
}
