// GET one report as CSV for the manager: /api/staff/reports/<report>?from=YYYY-MM-DD&to=YYYY-MM-DD (default: the last 30 days).
import { z } from "zod";
import { staffRequestLocale } from "@/app/_server/request-locale";
import { csvHeaderFor } from "@/lib/i18n/csv-headers";
import { fieldErrorsOf } from "@/app/_server/action";
import { requireStaff } from "@/app/_server/session";
import { problem } from "@/app/api/v1/_lib/handler";
import { getPropertySettings } from "@/server/property/settings";
import { loadReports } from "@/server/reports/reports";
import { AppError } from "@/lib/errors";
import { REPORT_KEYS, reportCsv } from "@/lib/report-csv";
import { defaultPeriod, reportPeriodSchema } from "@/lib/report-period";

const reportKey = z.enum(REPORT_KEYS);

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }): Promise<Response> {
  try {
    const staff = await requireStaff(["manager"]);
    const key = reportKey.safeParse((await params).report);
    if (!key.success) throw new AppError("not_found", "There is no such report.");
    const property = await getPropertySettings(staff.propertyId);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = reportPeriodSchema.safeParse(Object.keys(query).length === 0 ? defaultPeriod(property.timeZone) : query);
    if (!parsed.success) throw new AppError("input:invalid", "Give ?from=YYYY-MM-DD&to=YYYY-MM-DD, at most 400 days.", fieldErrorsOf(parsed.error));
    const data = await loadReports({ propertyId: staff.propertyId, timeZone: property.timeZone, period: parsed.data }, key.data);
    // The header in the manager's language; the values as a spreadsheet reads them (plain decimals, fractions).
    const csv = reportCsv(key.data, data, property.currency, csvHeaderFor(await staffRequestLocale()));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="report-${key.data}-${parsed.data.from}_${parsed.data.to}.csv"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (err) {
    return problem(err);
  }
}
