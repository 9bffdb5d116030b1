CREATE TABLE "staff_memberships" (
	"staff_id" uuid NOT NULL,
	"property_id" uuid NOT NULL,
	"role" "staff_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_memberships_staff_id_property_id_pk" PRIMARY KEY("staff_id","property_id")
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"property_id" uuid NOT NULL,
	"situation" text NOT NULL,
	"bodies" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "properties" ADD COLUMN "retention_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "group_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "stays" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD COLUMN "property_id" uuid;--> statement-breakpoint
ALTER TABLE "staff_memberships" ADD CONSTRAINT "staff_memberships_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_memberships" ADD CONSTRAINT "staff_memberships_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_memberships_property_idx" ON "staff_memberships" USING btree ("property_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_templates_property_situation_uq" ON "message_templates" USING btree ("property_id","situation");--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_property_id_properties_id_fk" FOREIGN KEY ("property_id") REFERENCES "public"."properties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "properties" ADD CONSTRAINT "properties_retention_days_ck" CHECK ("properties"."retention_days" BETWEEN 7 AND 3650);--> statement-breakpoint
-- Every existing staff member works at their home property in the role they had.
INSERT INTO "staff_memberships" ("staff_id", "property_id", "role") SELECT "id", "property_id", "role" FROM "staff_users" ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- A new account works at its home property in its role from the start (whichever code path made it).
CREATE OR REPLACE FUNCTION staff_home_membership() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "staff_memberships" ("staff_id", "property_id", "role") VALUES (NEW."id", NEW."property_id", NEW."role")
  ON CONFLICT ("staff_id", "property_id") DO NOTHING;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER staff_home_membership_trg AFTER INSERT ON "staff_users" FOR EACH ROW EXECUTE FUNCTION staff_home_membership();
