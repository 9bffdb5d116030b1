import { describe, expect, it } from "vitest";
import { omitMessages, pickMessages } from "./pick-messages";

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
});

describe("omitMessages", () => {
  it("drops whole namespaces and dotted sub-namespaces, and leaves the catalogue itself untouched", () => {
    expect(omitMessages(catalogue, ["staff", "conversation.staffThread", "missing.deeper"])).toEqual({
      app: { name: "Guest Services" },
      conversation: { thread: { send: "Send" } },
    });
    expect(catalogue.conversation.staffThread).toEqual({ reply: "Reply" });
    expect(catalogue.staff).toBeDefined();
  });
});
