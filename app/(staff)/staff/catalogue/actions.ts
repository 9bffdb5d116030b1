"use server";
// Catalogue Server Actions (manager only): services, weekly schedules and exceptions, packages, price rules.
import { revalidatePath } from "next/cache";
import { managerAction } from "@/app/_server/manager-action";
import { createService, getServiceKind, updateService } from "@/server/catalogue/manage-services";
import { getPropertySettings } from "@/server/property/settings";
import { createPriceRule, updatePriceRule } from "@/server/catalogue/manage-price-rules";
import { setPackageItems, updatePackage } from "@/server/catalogue/manage-packages";
import { addException, addScheduleTimes, removeException, removeScheduleTime } from "@/server/catalogue/manage-schedule";
import {
  addExceptionSchema,
  addScheduleSchema,
  createPriceRuleSchema,
  createServiceSchema,
  packageItemsSchema,
  removeExceptionSchema,
  removeScheduleSchema,
  toPackageValues,
  toPriceRuleValues,
  toServiceValues,
  updatePackageSchema,
  updatePriceRuleSchema,
  updateServiceSchema,
} from "./schemas";

function refresh() {
  revalidatePath("/staff/catalogue", "layout");
}

export const saveService = managerAction("catalogue.service.update", updateServiceSchema, async (input, staff) => {
  const { mode, currency } = await getServiceKind(staff, input.serviceId);
  const result = await updateService(staff, input.serviceId, toServiceValues(input, mode, currency));
  refresh();
  return result;
});

export const addService = managerAction("catalogue.service.create", createServiceSchema, async (input, staff) => {
  const { currency } = await getPropertySettings(staff.propertyId);
  const created = await createService(staff, {
    ...toServiceValues(input, input.mode, currency),
    packageId: input.packageId,
    slug: input.slug,
    mode: input.mode,
  });
  refresh();
  return created;
});

export const addStartTime = managerAction("catalogue.schedule.add", addScheduleSchema, async (input, staff) => {
  const result = await addScheduleTimes(staff, input.serviceId, input);
  refresh();
  return result;
});

export const removeStartTime = managerAction("catalogue.schedule.remove", removeScheduleSchema, async (input, staff) => {
  const result = await removeScheduleTime(staff, input.serviceId, input.scheduleId);
  refresh();
  return result;
});

export const addScheduleException = managerAction("catalogue.exception.add", addExceptionSchema, async ({ serviceId, ...input }, staff) => {
  const result = await addException(staff, serviceId, input);
  refresh();
  return result;
});

export const removeScheduleException = managerAction("catalogue.exception.remove", removeExceptionSchema, async (input, staff) => {
  const result = await removeException(staff, input.serviceId, input.exceptionId);
  refresh();
  return result;
});

export const savePackage = managerAction("catalogue.package.update", updatePackageSchema, async (input, staff) => {
  const { currency } = await getPropertySettings(staff.propertyId);
  const result = await updatePackage(staff, input.packageId, toPackageValues(input, currency));
  refresh();
  return result;
});

export const savePackageItems = managerAction("catalogue.package.items", packageItemsSchema, async (input, staff) => {
  const result = await setPackageItems(staff, input.packageId, input.serviceIds);
  refresh();
  return result;
});

export const addPriceRule = managerAction("catalogue.price_rule.create", createPriceRuleSchema, async (input, staff) => {
  const result = await createPriceRule(staff, toPriceRuleValues(input));
  refresh();
  return result;
});

export const savePriceRule = managerAction("catalogue.price_rule.update", updatePriceRuleSchema, async ({ ruleId, ...input }, staff) => {
  const result = await updatePriceRule(staff, ruleId, toPriceRuleValues(input));
  refresh();
  return result;
});
