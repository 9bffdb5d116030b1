// A real HTTP receiver for webhook tests (node:http on a local port): not a mock, deliveries arrive over TCP.
// It keeps every request as it came (headers and the raw body, which the signature covers) and answers with
// the status `answer` gives for the n-th request (1-based).
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedHook = { headers: Record<string, string>; body: string; path: string; answered: number };

export type WebhookReceiver = {
  url: string;
  port: number;
  requests: ReceivedHook[];
  /** Changes how the following requests are answered. */
  answerWith: (answer: (n: number, req: ReceivedHook) => number | { status: number; headers?: Record<string, string> } | "hang") => void;
  close: () => Promise<void>;
};

/**
 * The port for a test file's receiver: TEST_WEBHOOK_PORT plus the file's own `offset`, so that a shared machine
 * can give each run its own ports; unset, 0 (any free port).
 */
export function testWebhookPort(offset: number): number {
  const base = Number(process.env.TEST_WEBHOOK_PORT || 0);
  return base ? base + offset : 0;
}

/** Starts a receiver on 127.0.0.1:`port` (0: any free port). */
export async function startWebhookReceiver(listenOn = 0): Promise<WebhookReceiver> {
  const requests: ReceivedHook[] = [];
  let answer: Parameters<WebhookReceiver["answerWith"]>[0] = () => 200;
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
      const hook: ReceivedHook = { headers, body: Buffer.concat(chunks).toString("utf8"), path: req.url ?? "/", answered: 0 };
      requests.push(hook);
      const reply = answer(requests.length, hook);
      if (reply === "hang") {
        hanging.add(res);
        return;
      }
      const { status, headers: extra } = typeof reply === "number" ? { status: reply, headers: {} } : reply;
      hook.answered = status;
      res.writeHead(status, { "content-type": "text/plain", ...extra });
      res.end(status < 300 ? "ok" : "no");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenOn, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    requests,
    answerWith: (fn) => {
      answer = fn;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
