/**
 * A one-line progress display on stderr (files and messages done, rate), drawn only when
 * stderr is a terminal and at most ten times a second.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * Creates a progress line. `update` is cheap to call per message.
 *
 * @example
 * const progress = createProgress(process.stderr, files.length);
 * progress.update({ filesDone: 1, messages: 250 });
 * progress.done();
 */
export function createProgress(stream: ProgressStream, totalFiles: number, clock: () => number = Date.now) {
  const enabled = stream.isTTY === true;
  const started = clock();
  let last = 0;
  let drawn = false;
  const draw = (filesDone: number, messages: number): void => {
    const seconds = Math.max((clock() - started) / 1000, 0.001);
    const rate = Math.round(messages / seconds);
    const width = 20;
    const filled = totalFiles > 0 ? Math.round((filesDone / totalFiles) * width) : 0;
    const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
    const line = `[${bar}] files ${filesDone}/${totalFiles} · messages ${messages.toLocaleString("en-US")} · ${rate.toLocaleString("en-US")} msg/s`;
    const max = (stream.columns ?? 100) - 1;
    stream.write(`\r${line.slice(0, max).padEnd(Math.min(max, line.length))}\u001b[K`);
    drawn = true;
  };
  return {
    enabled,
    update(state: { filesDone: number; messages: number }): void {
      if (!enabled) return;
      const now = clock();
      if (now - last < 100) return;
      last = now;
      draw(state.filesDone, state.messages);
    },
    /** Clears the line so that what follows starts clean. */
    done(): void {
      if (enabled && drawn) stream.write("\r\u001b[K");
    },
  };
}
