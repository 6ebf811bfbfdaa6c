/** Net effect of Gmail history records: the last relevant change of each message wins. */
import { describe, expect, it } from "vitest";
import { netChanges } from "../../connectors/google/index.ts";

const ref = (id: string) => ({ message: { id, threadId: id } });

describe("netChanges", () => {
  it("re-reads added messages and relevant label moves, drops trashed, spammed and deleted ones", () => {
    const ops = netChanges({
      historyId: "100",
      history: [
        { id: "1", messagesAdded: [ref("a"), ref("b"), ref("c")] },
        { id: "2", labelsAdded: [{ ...ref("b"), labelIds: ["TRASH"] }] },
        { id: "3", messagesDeleted: [ref("c")] },
        { id: "4", labelsAdded: [{ ...ref("d"), labelIds: ["SPAM"] }] },
        { id: "5", labelsRemoved: [{ ...ref("e"), labelIds: ["TRASH"] }] },
        { id: "6", labelsAdded: [{ ...ref("f"), labelIds: ["INBOX"] }] },
        {
          id: "7",
          labelsRemoved: [{ ...ref("g"), labelIds: ["UNREAD"] }],
          labelsAdded: [{ ...ref("h"), labelIds: ["STARRED"] }],
        },
      ],
    });
    expect(Object.fromEntries(ops)).toEqual({
      a: "upsert",
      b: "remove",
      c: "remove",
      d: "remove",
      e: "upsert",
      f: "upsert",
    });
  });

  it("lets a later untrash win over an earlier trash, and a later delete over an add", () => {
    const ops = netChanges({
      historyId: "9",
      history: [
        { id: "1", labelsAdded: [{ ...ref("x"), labelIds: ["TRASH"] }] },
        { id: "2", labelsRemoved: [{ ...ref("x"), labelIds: ["TRASH"] }] },
        { id: "3", messagesAdded: [ref("y")] },
        { id: "4", messagesDeleted: [ref("y")] },
      ],
    });
    expect(Object.fromEntries(ops)).toEqual({ x: "upsert", y: "remove" });
    expect(netChanges({ historyId: "9" }).size).toBe(0);
  });
});
