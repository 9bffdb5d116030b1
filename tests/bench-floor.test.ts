// The benchmark's floor route, page and stats exist only on a server started with BENCH_FLOOR=1 (npm run bench): 404
// on any other, so a production server shows nothing of them.
import { afterEach, describe, expect, it, vi } from "vitest";

// connection() (what makes them dynamic, so BENCH_FLOOR is read when served, not at build) needs Next's request scope,
// which a unit test has not: it is the one thing replaced here.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

afterEach(() => {
  delete process.env.BENCH_FLOOR;
  vi.resetModules();
});

async function load() {
  vi.resetModules();
  const route = await import("@/app/api/bench-floor/route");
  const stats = await import("@/app/api/bench-floor/stats/route");
  const page = await import("@/app/bench-floor/page");
  return { route: route.GET, stats: stats.GET, page: page.default };
}

describe("bench floor", () => {
  it("answers 404 without BENCH_FLOOR", async () => {
    const { route, stats, page } = await load();
    expect((await route()).status).toBe(404);
    expect((await stats()).status).toBe(404);
    await expect(page()).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  });

  it("answers with BENCH_FLOOR=1", async () => {
    process.env.BENCH_FLOOR = "1";
    const { route, stats, page } = await load();
    const res = await route();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const counted = await (await stats()).json();
    expect(counted).toMatchObject({ statements: expect.any(Number), pid: process.pid });
    await expect(page()).resolves.toBeTruthy();
  });
});
