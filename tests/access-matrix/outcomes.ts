// The access matrix's verdicts (tests/access-matrix.test.ts): what each caller may expect of a target under its MATRIX
// rule, and how a call's outcome — a thrown Next.js signal or AppError, an action's result, a response — is read as
// 401, 403, past the gate, or a crash.
import type { Target } from "./discover";
import type { Rule, Who } from "./matrix";

export type CallerName =
  | "anonymous"
  | "anonymous+x-middleware-subrequest"
  | "guest"
  | "department"
  | "reception"
  | "manager"
  | "group"
  | "revoked-manager-session"
  | "token:department"
  | "token:reception"
  | "token:manager";

/** pass: gets past the gate; 401 / 403: exactly that refusal; refused: either refusal; any: public, anything but a crash. */
export type Expected = "pass" | "401" | "403" | "refused" | "any";
/**
 * What a call did: refused (401: sign in; 403: forbidden or hidden behind notFound()), passed the gate, reached an
 * API that only a real Next request or render has (so nothing refused it before), or crashed.
 */
export type Outcome = { got: "401" | "403" | "pass" | "outside-next" | "error"; detail: string };

export function expectedFor(target: Target, rule: Rule, caller: CallerName): Expected {
  if (rule.public) return "any";
  switch (caller) {
    case "anonymous":
    case "anonymous+x-middleware-subrequest":
      return "401";
    case "revoked-manager-session":
      // Known to the cookie but no longer to the database: refused (see the report on 401 vs 403 here).
      return "refused";
    case "token:department":
    case "token:reception":
    case "token:manager": {
      const role = caller.slice("token:".length) as Who;
      return rule.bearer && rule.allow.includes(role) ? "pass" : "refused";
    }
    default: {
      if (rule.allow.includes(caller)) return "pass";
      // A group administrator works as a manager in every property.
      if (caller === "group" && rule.allow.includes("manager")) return "pass";
      // Pages refuse a signed-in caller of the wrong kind by sending them to that kind's sign-in, and hide
      // themselves (notFound) from the wrong staff role: both are refusals.
      if (target.kind === "page") return "refused";
      if (caller === "guest") return "403";
      // Staff on a guest-only action: the guest wrapper asks them to sign in (as a guest, 401); REST says 403.
      return rule.allow.some((w) => w !== "guest") ? "403" : "refused";
    }
  }
}

export function matches(expected: Expected, got: Outcome["got"]): boolean {
  switch (expected) {
    case "any":
      return got !== "error";
    case "refused":
      return got === "401" || got === "403";
    case "pass":
      return got === "pass" || got === "outside-next";
    default:
      return expected === got;
  }
}

type Thrown = { digest?: unknown; message?: unknown; code?: unknown; name?: unknown };

export function outcomeOfThrown(err: unknown): Outcome {
  const e = (err ?? {}) as Thrown;
  const digest = String(e.digest ?? "");
  if (digest.startsWith("NEXT_REDIRECT")) {
    // NEXT_REDIRECT;<type>;<url>;<status>;
    const to = digest.split(";")[2] ?? "";
    return /\/signin\b/.test(to) ? { got: "401", detail: `redirect to ${to}` } : { got: "pass", detail: `redirect to ${to}` };
  }
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { got: "403", detail: "notFound()" };
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;403")) return { got: "403", detail: "forbidden()" };
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;401")) return { got: "401", detail: "unauthorized()" };
  const message = String(e.message ?? err);
  // The app's own error type, thrown (e.g. requireGuest() in a page): its code says what it is.
  if (e.name === "AppError" || typeof e.code === "string") {
    if (e.code === "auth:unauthenticated") return { got: "401", detail: `threw ${e.code}` };
    if (e.code === "auth:forbidden") return { got: "403", detail: `threw ${e.code}` };
    if (e.code !== "internal" && String(e.code).includes(":")) return { got: "pass", detail: `threw ${String(e.code)}` };
  }
  if (/was called outside a request scope|is not supported in Client Components/.test(message)) {
    // headers(), cookies(), connection() exist only inside a real request; next-intl's server functions only
    // inside a server render. Nothing refused the caller before it got there.
    return { got: "outside-next", detail: message.slice(0, 120) };
  }
  return { got: "error", detail: `threw ${String(e.name)}: ${message.slice(0, 200)}` };
}

export function outcomeOfActionResult(result: unknown): Outcome {
  const r = result as { ok?: boolean; code?: string; message?: string } | undefined;
  if (r && r.ok === false) {
    if (r.code === "auth:unauthenticated") return { got: "401", detail: r.code };
    if (r.code === "auth:forbidden") return { got: "403", detail: r.code };
    if (r.code === "internal") return { got: "error", detail: `internal: ${r.message}` };
    return { got: "pass", detail: `ok:false ${r.code}` };
  }
  return { got: "pass", detail: r?.ok ? "ok:true" : `returned ${JSON.stringify(result)?.slice(0, 80)}` };
}

export async function outcomeOfResponse(res: Response): Promise<Outcome> {
  let body: string;
  if (res.headers.get("content-type")?.startsWith("text/event-stream")) {
    // A live stream: read up to its "ready" event (LISTEN in place), then close it.
    const reader = res.body!.getReader();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const first = await Promise.race([reader.read(), new Promise<null>((r) => (timer = setTimeout(() => r(null), 5_000)))]);
    clearTimeout(timer);
    body = first?.value ? new TextDecoder().decode(first.value) : "(no event within 5 s)";
    await reader.cancel();
  } else {
    body = await res.text();
  }
  const detail = `${res.status} ${body.slice(0, 160)}`;
  if (res.status === 401) return { got: "401", detail };
  if (res.status === 403) return { got: "403", detail };
  if (res.status >= 500) return { got: "error", detail };
  return { got: "pass", detail };
}
