"use server";
// Staff-account Server Actions (manager only): create, change role and departments, disable or enable, reset a password;
// and whether the property's staff may sign in with a password at all (off: single sign-on only).
import { revalidatePath } from "next/cache";
import { managerAction } from "@/app/_server/manager-action";
import { setPasswordSignIn } from "@/server/auth/sign-in-methods";
import { createAccount, resetPassword, setAccountActive, updateAccount } from "@/server/staff/accounts";
import { createAccountSchema, passwordSignInSchema, resetPasswordSchema, setActiveSchema, updateAccountSchema } from "./schemas";

function refresh() {
  revalidatePath("/staff/accounts", "layout");
}

export const addAccount = managerAction("staff.account.create", createAccountSchema, async (input, staff) => {
  const result = await createAccount(staff, input);
  refresh();
  return result;
});

export const saveAccount = managerAction("staff.account.update", updateAccountSchema, async ({ staffId, ...input }, staff) => {
  const result = await updateAccount(staff, staffId, input);
  refresh();
  return result;
});

export const changeAccountActive = managerAction("staff.account.active", setActiveSchema, async (input, staff) => {
  const result = await setAccountActive(staff, input.staffId, input.active);
  refresh();
  return result;
});

export const resetAccountPassword = managerAction("staff.account.password_reset", resetPasswordSchema, async (input, staff) => {
  const result = await resetPassword(staff, input.staffId, input.password);
  refresh();
  return result;
});

export const setPasswordSignInAction = managerAction("property.password_sign_in", passwordSignInSchema, async (input, staff) => {
  const result = await setPasswordSignIn(staff, input.passwordSignIn);
  refresh();
  return result;
});
