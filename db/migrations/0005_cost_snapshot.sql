ALTER TABLE "bookings" ADD COLUMN "cost_minor" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Bookings made before this migration take the cost their service has now (what the reports used until then).
UPDATE "bookings" SET "cost_minor" = "services"."cost_minor" * "bookings"."quantity" * coalesce("bookings"."end_day" - "bookings"."start_day" + 1, 1) FROM "services" WHERE "services"."id" = "bookings"."service_id";--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cost_ck" CHECK ("bookings"."cost_minor" >= 0);
