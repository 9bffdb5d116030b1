-- The role lives on each membership now (staff_memberships, filled from this column by 0013).
DROP TRIGGER IF EXISTS staff_home_membership_trg ON "staff_users";--> statement-breakpoint
DROP FUNCTION IF EXISTS staff_home_membership();--> statement-breakpoint
INSERT INTO "staff_memberships" ("staff_id", "property_id", "role") SELECT "id", "property_id", "role" FROM "staff_users" ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "staff_users" DROP COLUMN "role";
