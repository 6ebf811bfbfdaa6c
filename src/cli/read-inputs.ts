/**
 * Reads the input files of a run (Node only) and yields normalised messages and events, one
 * error item per unreadable/unparseable file or mbox entry, and warnings. mbox files are
 * streamed (`node:fs` → web stream → `splitMbox`), never loaded whole.
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import type { CalendarEvent, Message } from "../engine/model.ts";
import { parseEml } from "../parsers/eml.ts";
import { errorMessage } from "../parsers/errors.ts";
import { parseIcs } from "../parsers/ics.ts";
import { envelopeDate, splitMbox } from "../parsers/mbox.ts";
import { parseProviderJson } from "../parsers/provider-json.ts";
import { displayPath, type InputFile } from "./inputs.ts";

/** Files larger than this are refused for the formats that are read whole (.eml, .ics, JSON). */
export const WHOLE_FILE_MAX_BYTES = 200 * 1024 * 1024;

export type InputItem =
  | { kind: "message"; source: string; file: InputFile; value: Message }
  | { kind: "event"; source: string; file: InputFile; value: CalendarEvent }
  | { kind: "error"; source: string; file: InputFile; message: string }
  | { kind: "warning"; source: string; file: InputFile; message: string }
  | { kind: "file-done"; file: InputFile };

export interface ReadOptions {
  /** Provisional mailbox id of a file. */
  mailboxIdFor(file: InputFile): string;
  /** The audit clock (`--now`); it places the recurrence window. Date plausibility checks use the real clock. */
  now: Date;
  /** Zone for floating calendar times and all-day dates. */
  timeZone: string;
  /** Window recurring events of `.ics` files are expanded in. */
  window: { start: Date; end: Date };
}

/**
 * Reads every input file in order.
 *
 * @example
 * for await (const item of readInputs(files, options)) if (item.kind === "message") messages.push(item.value);
 */
export async function* readInputs(
  files: readonly InputFile[],
  options: ReadOptions,
): AsyncGenerator<InputItem> {
  for (const file of files) {
    try {
      switch (file.kind) {
        case "eml":
          yield* readEml(file, options);
          break;
        case "mbox":
          yield* readMbox(file, options);
          break;
        case "ics":
          yield* readIcsFile(file, options);
          break;
        case "json":
        case "jsonl":
          yield* readJson(file, options);
          break;
      }
    } catch (error) {
      yield { kind: "error", source: displayPath(file.path), file, message: errorMessage(error) };
    }
    yield { kind: "file-done", file };
  }
}

async function readWhole(file: InputFile): Promise<Uint8Array> {
  if (file.size > WHOLE_FILE_MAX_BYTES) {
    throw new Error(
      `file is ${file.size} bytes, more than the ${WHOLE_FILE_MAX_BYTES} bytes read whole for ${file.kind} input`,
    );
  }
  return new Uint8Array(await readFile(file.path));
}

async function* readEml(file: InputFile, options: ReadOptions): AsyncGenerator<InputItem> {
  const source = displayPath(file.path);
  const bytes = await readWhole(file);
  const value = await parseEml(bytes, {
    mailboxId: options.mailboxIdFor(file),
    id: source,
    fallbackReceivedAt: file.mtime,
    timeZone: options.timeZone,
  });
  yield { kind: "message", source, file, value };
}

async function* readMbox(file: InputFile, options: ReadOptions): AsyncGenerator<InputItem> {
  const path = displayPath(file.path);
  const mailboxId = options.mailboxIdFor(file);
  const stream = Readable.toWeb(
    createReadStream(file.path, { highWaterMark: 256 * 1024 }),
  ) as unknown as ReadableStream<Uint8Array>;
  for await (const entry of splitMbox(stream)) {
    if (entry.kind === "warning") {
      yield { kind: "warning", source: path, file, message: entry.message };
      continue;
    }
    const source = `${path}#${entry.index}`;
    if (entry.kind === "error") {
      yield { kind: "error", source, file, message: entry.message };
      continue;
    }
    try {
      const value = await parseEml(entry.bytes, {
        mailboxId,
        id: source,
        fallbackReceivedAt: envelopeDate(entry.envelope) ?? file.mtime,
        timeZone: options.timeZone,
      });
      if (entry.warnings.length > 0) value.warnings.push(...entry.warnings);
      yield { kind: "message", source, file, value };
    } catch (error) {
      yield {
        kind: "error",
        source,
        file,
        message: `message at byte offset ${entry.offset}: ${errorMessage(error)}`,
      };
    }
  }
}

async function* readIcsFile(file: InputFile, options: ReadOptions): AsyncGenerator<InputItem> {
  const source = displayPath(file.path);
  const text = new TextDecoder().decode(await readWhole(file));
  const { events, warnings } = parseIcs(text, {
    mailboxId: options.mailboxIdFor(file),
    idPrefix: source,
    timeZone: options.timeZone,
    window: options.window,
  });
  for (const message of warnings) yield { kind: "warning", source, file, message };
  for (const value of events)
    yield { kind: "event", source: `${source}#${value.iCalUId ?? value.id}`, file, value };
  if (events.length === 0)
    yield { kind: "warning", source, file, message: "no calendar events in this file" };
}

async function* readJson(file: InputFile, options: ReadOptions): AsyncGenerator<InputItem> {
  const source = displayPath(file.path);
  const text = new TextDecoder().decode(await readWhole(file));
  const common = { mailboxId: options.mailboxIdFor(file), source };
  let result: Awaited<ReturnType<typeof parseProviderJson>>;
  try {
    result = await parseProviderJson(text, { ...common, lines: file.kind === "jsonl" });
  } catch (error) {
    // A `.json` file that is really JSON Lines.
    if (
      file.kind !== "json" ||
      !/^not valid JSON/.test(errorMessage(error)) ||
      text.trim().split(/\r?\n/).length < 2
    )
      throw error;
    result = await parseProviderJson(text, { ...common, lines: true });
  }
  for (const item of result.items) {
    if (item.kind === "error") yield { kind: "error", source: item.source, file, message: item.message };
    else if (item.kind === "skipped")
      yield { kind: "warning", source: item.source, file, message: item.message };
    else if (item.kind === "message") yield { kind: "message", source: item.source, file, value: item.value };
    else yield { kind: "event", source: item.source, file, value: item.value };
  }
}
