CREATE TYPE "public"."price_rule_kind" AS ENUM('age_band', 'family_discount');--> statement-breakpoint
CREATE TYPE "public"."waitlist_status" AS ENUM('waiting', 'offered', 'accepted', 'expired', 'cancelled');--> statement-breakpoint
CREATE TABLE "price_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"property_id" uuid NOT NULL,
	"kind" "price_rule_kind" NOT NULL,
	"label" jsonb NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"min_children" integer,
	"package_id" uuid,
	"discount_bp" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "price_rules_discount_ck" CHECK ("price_rules"."discount_bp" BETWEEN 0 AND 10000)
);
--> statement-breakpoint
CREATE TABLE "schedule_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"day" date NOT NULL,
	"start_time" text,
	"closed" boolean NOT NULL,
	"capacity" integer,
	"note" text,
	CONSTRAINT "schedule_exceptions_time_ck" CHECK ("schedule_exceptions"."start_time" IS NULL OR "schedule_exceptions"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "schedule_exceptions_extra_ck" CHECK ("schedule_exceptions"."closed" OR "schedule_exceptions"."start_time" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "booking_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"property_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"author_kind" "actor_kind" NOT NULL,
	"author_id" uuid,
	"author_name" text,
	"body" text NOT NULL,
	"internal" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"property_id" uuid NOT NULL,
	"stay_id" uuid NOT NULL,
	"booking_id" uuid,
	"amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"reason" text NOT NULL,
	"given_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credits_amount_ck" CHECK ("credits"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "rental_days" (
	"service_id" uuid NOT NULL,
	"day" date NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rental_days_service_id_day_pk" PRIMARY KEY("service_id","day"),
	CONSTRAINT "rental_days_capacity_ck" CHECK ("rental_days"."booked" >= 0 AND "rental_days"."booked" <= "rental_days"."capacity")
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"property_id" uuid NOT NULL,
	"stay_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"session_id" uuid,
	"start_day" date,
	"end_day" date,
	"quantity" integer NOT NULL,
	"status" "waitlist_status" DEFAULT 'waiting' NOT NULL,
	"offered_until" timestamp with time zone,
	"booking_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_quantity_ck" CHECK ("waitlist_entries"."quantity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"property_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "open_from" text;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "open_until" text;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "open_weekdays" smallint[] DEFAULT ARRAY[1,2,3,4,5,6,7]::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "start_day" date;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "end_day" date;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "participants" jsonb;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "bundle_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "package_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "assigned_to" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "price_rules" ADD CONSTRAINT "price_rules_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_rules" ADD CONSTRAINT "price_rules_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_messages" ADD CONSTRAINT "booking_messages_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_messages" ADD CONSTRAINT "booking_messages_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credits" ADD CONSTRAINT "credits_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credits" ADD CONSTRAINT "credits_stay_id_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credits" ADD CONSTRAINT "credits_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credits" ADD CONSTRAINT "credits_given_by_staff_users_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rental_days" ADD CONSTRAINT "rental_days_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_stay_id_stays_id_fk" FOREIGN KEY ("stay_id") REFERENCES "public"."stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_session_id_service_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."service_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "price_rules_property_idx" ON "price_rules" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "schedule_exceptions_service_day_idx" ON "schedule_exceptions" USING btree ("service_id","day");--> statement-breakpoint
CREATE INDEX "booking_messages_booking_at_idx" ON "booking_messages" USING btree ("booking_id","at");--> statement-breakpoint
CREATE INDEX "credits_stay_idx" ON "credits" USING btree ("stay_id");--> statement-breakpoint
CREATE INDEX "credits_property_created_idx" ON "credits" USING btree ("property_id","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_session_status_idx" ON "waitlist_entries" USING btree ("session_id","status","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_service_status_idx" ON "waitlist_entries" USING btree ("service_id","status","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_stay_idx" ON "waitlist_entries" USING btree ("stay_id");--> statement-breakpoint
CREATE INDEX "api_tokens_staff_idx" ON "api_tokens" USING btree ("staff_id");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."packages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_assigned_to_staff_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookings_bundle_idx" ON "bookings" USING btree ("bundle_id");--> statement-breakpoint
CREATE INDEX "bookings_expires_idx" ON "bookings" USING btree ("expires_at") WHERE "bookings"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_days_ck" CHECK ("bookings"."start_day" IS NULL OR "bookings"."end_day" >= "bookings"."start_day");