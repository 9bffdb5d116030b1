// The run sheet in Chromium: a guest books horse riding through the API; the stables' run sheet for that day
// shows the booking (time, guest, room, party, note); other departments do not see it; print hides the controls.
import { expect, test } from "./fixtures/test";
import { GuestClient, hotelDay, newKey } from "./fixtures/guest-api";
import { newStaffPage } from "./fixtures/sign-in";

function tomorrow(): string {
  const [y, m, d] = hotelDay(new Date()).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

test("a booking made through the API appears on its department's run sheet, and only there", async ({ browser, playwright, baseURL }) => {
  const day = tomorrow();
  const note = `Run sheet e2e ${Math.random().toString(36).slice(2, 8)}`;
  const guest = await GuestClient.signIn(playwright.request, "FAM-1001", "Garcia", [baseURL!]);
  const sessions = await guest.availability("horse-riding", day);
  const session = sessions.find((s) => s.reason === null && s.remaining >= 1);
  expect(session, `a bookable horse riding session on ${day}`).toBeTruthy();
  await guest.mustBook(0, { serviceSlug: "horse-riding", sessionId: session!.id, quantity: 1, adults: 1, childAges: [], note }, newKey("runsheet"));
  await guest.dispose();

  const stables = await newStaffPage(browser, "stables@demo.hotel");
  await stables.getByRole("link", { name: "Run sheet" }).click();
  await expect(stables.getByRole("heading", { level: 1, name: /Run sheet/ })).toBeVisible();
  await stables.getByRole("link", { name: "Next day" }).click();
  await expect(stables).toHaveURL(new RegExp(`day=${day}`));

  const section = stables.getByRole("region", { name: "Stables and farm" });
  const entry = section.getByTestId("run-sheet-entry").filter({ hasText: note });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Elena Garcia");
  await expect(entry).toContainText("204");
  await expect(entry).toContainText("1 adult");
  await expect(entry).toContainText("Awaiting confirmation");
  const time = new Intl.DateTimeFormat("en", { timeStyle: "short", timeZone: "Europe/Berlin" }).format(new Date(session!.startsAt));
  const slot = section.getByTestId("run-sheet-slot").filter({ hasText: note });
  await expect(slot.locator("th").first()).toContainText(`${time} · Horse riding`);

  // Printing: the sheet stays, navigation, filters and buttons go.
  await stables.emulateMedia({ media: "print" });
  await expect(stables.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(stables.getByRole("navigation", { name: "Staff" })).toBeHidden();
  await expect(stables.getByRole("button", { name: "Show" })).toBeHidden();
  await expect(entry).toBeVisible();

  // The activities desk works for another department: its sheet of the same day does not show it,
  // even when it asks for the stables' department by name in the address.
  const activities = await newStaffPage(browser, "activities@demo.hotel");
  await activities.goto(`/staff/run-sheet?day=${day}`);
  await expect(activities.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(activities.getByText(note)).toHaveCount(0);
  await expect(activities.getByRole("region", { name: "Stables and farm" })).toHaveCount(0);
  const options = await activities.getByLabel("Department", { exact: true }).locator("option").allTextContents();
  expect(options).not.toContain("Stables and farm");

  // Reception sees every department, and can narrow to one.
  const reception = await newStaffPage(browser, "reception@demo.hotel");
  await reception.goto(`/staff/run-sheet?day=${day}`);
  await reception.getByLabel("Department", { exact: true }).selectOption({ label: "Stables and farm" });
  await reception.getByRole("button", { name: "Show" }).click();
  await expect(reception).toHaveURL(/department=/);
  await expect(reception.getByTestId("run-sheet-entry").filter({ hasText: note })).toHaveCount(1);
  const stablesDepartment = new URL(reception.url()).searchParams.get("department")!;
  await activities.goto(`/staff/run-sheet?day=${day}&department=${stablesDepartment}`);
  await expect(activities.getByText(note)).toHaveCount(0);
});
