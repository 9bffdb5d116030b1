// GET the folio export as CSV, for posting to the PMS: ?stay=<id>, or ?from=YYYY-MM-DD&to=YYYY-MM-DD (at most 93 days).
import { z } from "zod";
import { staffRequestLocale } from "@/app/_server/request-locale";
import { csvHeaderFor } from "@/lib/i18n/csv-headers";
import { requireStaff } from "@/app/_server/session";
import { problem } from "@/app/api/v1/_lib/handler";
import { writeAudit } from "@/server/auth/audit-log";
import { listFolioEntries, type FolioFilter } from "@/server/billing/folio";
import { getStay } from "@/server/stays/manage-stays";
import { AppError } from "@/lib/errors";
import { folioCsv } from "@/lib/folio-csv";
import { fieldErrorsOf } from "@/app/_server/action";
import { isDay } from "@/lib/time";

const MAX_EXPORT_DAYS = 93;

const day = z.string().refine(isDay, "validation.day");

const exportQuery = z.union([
  z.strictObject({ stay: z.uuid() }),
  z
    .strictObject({ from: day, to: day })
    .refine((q) => q.from <= q.to, { path: ["to"], message: "validation.check_out_after_check_in" })
    .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < MAX_EXPORT_DAYS, {
      path: ["to"],
      message: `validation.too_many_days`,
    }),
]);

export async function GET(request: Request): Promise<Response> {
  try {
    const staff = await requireStaff(["manager", "reception"]);
    const parsed = exportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      throw new AppError("input:invalid", `Give ?stay=<id>, or ?from=YYYY-MM-DD&to=YYYY-MM-DD at most ${MAX_EXPORT_DAYS} days apart.`, fieldErrorsOf(parsed.error));
    }
    let filter: FolioFilter;
    let name: string;
    if ("stay" in parsed.data) {
      const stay = await getStay(staff.propertyId, parsed.data.stay);
      if (!stay) throw new AppError("not_found", "This stay does not exist.");
      filter = { stayId: stay.id };
      name = `folio-${stay.reservationCode.replace(/[^A-Z0-9-]/g, "_")}.csv`;
    } else {
      filter = parsed.data;
      name = `folio-${parsed.data.from}_${parsed.data.to}.csv`;
    }
    const entries = await listFolioEntries(staff.propertyId, filter);
    // The header in the staff member's language; the values stay as the PMS reads them (ISO dates, plain decimals).
    const csv = folioCsv(
      entries.map((e) => ({ ...e, serviceName: e.serviceName?.en ?? null })),
      csvHeaderFor(await staffRequestLocale()),
    );
    await writeAudit({
      propertyId: staff.propertyId,
      actorKind: "staff",
      actorId: staff.staffId,
      role: staff.role,
      action: "folio.export",
      target: "stayId" in filter ? filter.stayId : `${filter.from}..${filter.to}`,
      outcome: "ok",
      detail: { rows: entries.length },
    });
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return problem(err);
  }
}
