import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick-messages";

const catalogue = {
  app: { name: "Guest Services" },
  conversation: { thread: { send: "Send" }, staffThread: { reply: "Reply" } },
  staff: { queue: { title: "Queue" } },
};

describe("pickMessages", () => {
  it("takes whole namespaces and dotted sub-namespaces, nested as in the catalogue", () => {
    expect(pickMessages(catalogue, ["app", "conversation.thread"])).toEqual({
      app: { name: "Guest Services" },
      conversation: { thread: { send: "Send" } },
    });
  });

  it("leaves out everything not asked for, and namespaces the catalogue does not have", () => {
    const picked = pickMessages(catalogue, ["conversation.staffThread", "missing", "app.nothing"]);
    expect(picked).toEqual({ conversation: { staffThread: { reply: "Reply" } } });
    expect(picked).not.toHaveProperty("staff");
  });

  it("takes a single message by its dotted key, and leaves the catalogue itself untouched", () => {
    expect(pickMessages(catalogue, ["app.name", "staff.queue.title"])).toEqual({
      app: { name: "Guest Services" },
      staff: { queue: { title: "Queue" } },
    });
    expect(catalogue.conversation.staffThread).toEqual({ reply: "Reply" });
  });
});
