// The system's own trail notes are recognised (to be shown in the reader's language); free text is not.
import { describe, expect, it } from "vitest";
import { EXPIRED_NOTE, packageNote, systemNoteOf } from "./booking-event-notes";

describe("systemNoteOf", () => {
  it("knows the notes the system writes", () => {
    expect(systemNoteOf(EXPIRED_NOTE)).toEqual({ key: "notAnsweredInTime" });
    expect(systemNoteOf(packageNote("family-fun"))).toEqual({ key: "package", slug: "family-fun" });
  });

  it.each([null, "", "Not answered in time, sorry", "Package: ", "Package: <b>x</b>", "The horse is ill", "package: family"])("%j is free text", (note) => {
    expect(systemNoteOf(note)).toBeNull();
  });
});
