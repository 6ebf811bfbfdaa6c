/**
 * Errors raised by the input parsers. A `ParseError` means "this input is not what it claims
 * to be" (not a message, not a calendar); recoverable damage inside a real message becomes a
 * `warnings` entry on the result instead.
 */

/**
 * Thrown when an input cannot be read as the format asked for at all.
 *
 * @example
 * throw new ParseError("not an email message: no RFC 5322 header fields found", { source: "a.eml" });
 */
export class ParseError extends Error {
  override readonly name = "ParseError";
  /** The file or item the error is about, when the caller told the parser. */
  readonly source: string | undefined;
  constructor(message: string, options: { source?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.source = options.source;
  }
}

/**
 * Message of any thrown value, for error lines.
 *
 * @example
 * errorMessage(new Error("boom")) // "boom"
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
