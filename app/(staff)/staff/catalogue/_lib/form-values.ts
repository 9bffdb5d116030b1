// Stored values as the strings the manager's forms start with (minor units → "12.50", basis points → "19").
import type { ServiceForEdit } from "@/server/catalogue/manage-services";
import { formatBpPercent, formatMinorPlain } from "@/lib/money";
import type { ServiceFormValues } from "@/components/staff-admin/service-form";

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export function serviceFormValues(s: ServiceForEdit["service"], currency: string): ServiceFormValues {
  return {
    departmentId: s.departmentId,
    name: s.name,
    description: s.description,
    price: formatMinorPlain(s.priceMinor, currency),
    priceUnit: s.priceUnit,
    taxRate: formatBpPercent(s.taxRateBp),
    cost: formatMinorPlain(s.costMinor, currency),
    complimentary: s.complimentary,
    durationMinutes: text(s.durationMinutes),
    capacity: text(s.capacity),
    leadTimeMinutes: text(s.leadTimeMinutes),
    minAge: text(s.minAge),
    maxPerBooking: text(s.maxPerBooking),
    cancelCutoffMinutes: text(s.cancelCutoffMinutes),
    confirmation: s.confirmation,
    openFrom: s.openFrom ?? "",
    openUntil: s.openUntil ?? "",
    openWeekdays: s.openWeekdays.map(String),
    active: s.active,
  };
}

/** A new service starts as a bookable one-hour session for up to six people, approved by staff. */
export function newServiceFormValues(departmentId: string, currency: string): ServiceFormValues {
  return {
    departmentId,
    name: { en: "" },
    description: { en: "" },
    price: formatMinorPlain(0, currency),
    priceUnit: "per_person",
    taxRate: "0",
    cost: formatMinorPlain(0, currency),
    complimentary: false,
    durationMinutes: "60",
    capacity: "6",
    leadTimeMinutes: "60",
    minAge: "",
    maxPerBooking: "6",
    cancelCutoffMinutes: "120",
    confirmation: "approval",
    openFrom: "",
    openUntil: "",
    openWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
    active: true,
  };
}
