ALTER TABLE "bookings" ADD COLUMN "response_target_minutes" integer;--> statement-breakpoint
-- Requests made before this migration take their department's target as it is now (what the reports used until then).
UPDATE "bookings" SET "response_target_minutes" = "departments"."response_target_minutes" FROM "departments" WHERE "departments"."id" = "bookings"."department_id";--> statement-breakpoint
ALTER TABLE "bookings" ALTER COLUMN "response_target_minutes" SET NOT NULL;
