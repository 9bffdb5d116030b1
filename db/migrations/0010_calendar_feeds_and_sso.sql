ALTER TABLE "departments" ADD COLUMN "calendar_token" text DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "password_sign_in" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "departments_calendar_token_uq" ON "departments" USING btree ("calendar_token");