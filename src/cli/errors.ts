/** Errors of the command line: wrong usage (exit code 2) and bad configuration (also 2). */

/**
 * The command line was used wrongly: unknown option, missing argument, bad value.
 *
 * @example
 * throw new UsageError("--format must be text, json or html");
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * The configuration (file or option shortcuts) is invalid; `lines` name each bad field.
 *
 * @example
 * throw new ConfigError(["config.toml: sla.replyToCandidate: expected a positive number"]);
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join("\n"));
    this.lines = lines;
  }
}
