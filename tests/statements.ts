// The statements a piece of code sends through db/client.ts (either driver, BEGIN and COMMIT included), in order: for
// the tests that pin how many a hot path may send.
import { onQuery } from "@/db/client";

export async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const stop = onQuery((query) => seen.push(query));
  try {
    await run();
  } finally {
    stop();
  }
  return seen;
}
