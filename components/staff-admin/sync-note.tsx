// What a schedule or capacity change did to sessions (or rental days) that already exist.
import { useTranslations } from "next-intl";

export type Sync = { updated: number; deleted: number; inserted: number; keptWithBookings: number };

export function SyncNote({ sync, rental = false }: { sync: Sync; rental?: boolean }) {
  const t = useTranslations("staff.catalogueAdmin.sync");
  if (rental) {
    return (
      <p className="text-sm">
        {t("rental", { updated: sync.updated })}
        {sync.keptWithBookings > 0 && <> {t("rentalKept", { kept: sync.keptWithBookings })}</>}
      </p>
    );
  }
  return (
    <p className="text-sm">
      {t("sessions", { updated: sync.updated, deleted: sync.deleted, inserted: sync.inserted })}
      {sync.keptWithBookings > 0 && <> {t("kept", { kept: sync.keptWithBookings })}</>}
    </p>
  );
}
