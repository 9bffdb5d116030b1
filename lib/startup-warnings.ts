// What a starting instance warns about in its log: settings that work on a laptop but are wrong in production.
import type { Logger } from "pino";

export type StartupVars = { NODE_ENV?: string; PUBLIC_URL?: string; PORT?: string | number };

/**
 * Without PUBLIC_URL, links in emails (and the one origin Server Actions accept) point at http://localhost:<PORT>,
 * which no guest can open: fine in development, a silent fault in production. One warning at start-up.
 */
export function warnAboutConfiguration(vars: StartupVars, log: Logger): string[] {
  const warnings: string[] = [];
  if (vars.NODE_ENV === "production" && !vars.PUBLIC_URL?.trim()) {
    const fallback = `http://localhost:${vars.PORT || 3000}`;
    warnings.push("PUBLIC_URL is not set");
    log.warn(
      { setting: "PUBLIC_URL", fallback },
      `PUBLIC_URL is not set: links in guest and staff emails point at ${fallback}, which guests cannot open. ` +
        "Set PUBLIC_URL to the address guests and staff open the app at (e.g. https://services.example-hotel.com).",
    );
  }
  return warnings;
}
