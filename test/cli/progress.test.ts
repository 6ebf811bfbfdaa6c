import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.ts";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 200, writes, write: (t: string) => writes.push(t) };
}

describe("createProgress", () => {
  it("draws files, messages and rate on a terminal, at most every 100 ms, and clears the line", () => {
    const tty = stream(true);
    let now = 0;
    const progress = createProgress(tty, 4, () => now);
    now = 1000;
    progress.update({ filesDone: 1, messages: 2500 });
    now = 1050;
    progress.update({ filesDone: 1, messages: 2600 }); // throttled
    now = 2000;
    progress.update({ filesDone: 2, messages: 5000 });
    progress.done();
    expect(tty.writes).toHaveLength(3);
    expect(tty.writes[0]).toContain("files 1/4 · messages 2,500 · 2,500 msg/s");
    expect(tty.writes[1]).toContain("[##########----------] files 2/4");
    expect(tty.writes[2]).toBe("\r\u001b[K");
  });

  it("writes nothing when stderr is not a terminal", () => {
    const pipe = stream(false);
    const progress = createProgress(pipe, 4, () => 5000);
    progress.update({ filesDone: 4, messages: 10 });
    progress.done();
    expect(progress.enabled).toBe(false);
    expect(pipe.writes).toEqual([]);
  });
});
