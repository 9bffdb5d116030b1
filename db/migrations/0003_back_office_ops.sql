ALTER TABLE "booking_events" ADD COLUMN "action" text;--> statement-breakpoint
CREATE INDEX "stays_property_surname_prefix_idx" ON "stays" USING btree ("property_id",lower("surname") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "stays_property_room_prefix_idx" ON "stays" USING btree ("property_id",lower("room") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "bookings_property_scheduled_idx" ON "bookings" USING btree ("property_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "bookings_property_rental_end_idx" ON "bookings" USING btree ("property_id","end_day") WHERE "bookings"."start_day" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "bookings_property_asap_created_idx" ON "bookings" USING btree ("property_id","created_at") WHERE "bookings"."scheduled_at" IS NULL;--> statement-breakpoint
CREATE INDEX "bookings_assigned_idx" ON "bookings" USING btree ("assigned_to") WHERE "bookings"."assigned_to" IS NOT NULL;