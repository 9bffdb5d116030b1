"use server";
// The manager's API-token actions: make one (its secret is in this one answer) and revoke one. Manager only, audited.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { managerAction } from "@/app/_server/manager-action";
import { createApiToken, revokeApiToken, TOKEN_NAME_MAX } from "@/server/auth/api-tokens";

const createSchema = z.strictObject({
  name: z.string().trim().min(1).max(TOKEN_NAME_MAX),
  // The select's "me" option sends "".
  staffId: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || undefined),
});

export const createApiTokenAction = managerAction("api_token.create", createSchema, async (input, staff) => {
  const created = await createApiToken(staff, input);
  revalidatePath("/staff/api-tokens");
  return { id: created.id, name: created.name, staffName: created.staffName, token: created.token };
});

export const revokeApiTokenAction = managerAction(
  "api_token.revoke",
  z.strictObject({ id: z.uuid(), name: z.string().max(TOKEN_NAME_MAX) }),
  async ({ id, name }, staff) => {
    await revokeApiToken(staff, id);
    revalidatePath("/staff/api-tokens");
    return { name };
  },
);
