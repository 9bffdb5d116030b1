// The secret that signs session cookies: AUTH_SECRET, or one generated once into .data/ for a single self-hosted instance.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, GENERATED_SECRET_FILE } from "./env";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const file = path.resolve(GENERATED_SECRET_FILE);
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    cached = crypto.randomBytes(32).toString("base64url");
    // "wx": if another process wrote it first, use theirs.
    try {
      fs.writeFileSync(file, cached, { flag: "wx", mode: 0o600 });
    } catch {
      cached = fs.readFileSync(file, "utf8").trim();
    }
  }
  return cached;
}
