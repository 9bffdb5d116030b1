// REST: the OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import { buildOpenApiDocument } from "@/lib/openapi";
import { webhookDocs } from "@/lib/webhooks/events";
import { OPERATIONS } from "../_lib/contracts";
import { openApiDocument } from "../_lib/contracts/meta";
import { apiRoute } from "../_lib/handler";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = apiRoute(openApiDocument, async () => {
  document ??= buildOpenApiDocument(OPERATIONS, {
    title: "Guest Services REST API",
    version: "1.0.0",
    description:
      "Hotel guests book extras; staff fulfil them. Guests use their web session; staff use theirs or an API token " +
      "(Authorization: Bearer). Errors are application/problem+json with a stable `code`; every input is validated " +
      "strictly (unknown fields and query parameters are refused). The `webhooks` section describes the events the " +
      "installation POSTs to the endpoints a manager registers, signed as the Standard Webhooks specification says.",
    license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
  }, webhookDocs());
  return { status: 200, body: document as { openapi: "3.1.0" } };
});
