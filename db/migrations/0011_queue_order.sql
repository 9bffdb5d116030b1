ALTER TABLE "bookings" ADD COLUMN "vip" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "response_due_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "guest_wrote_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "queue_rank" smallint GENERATED ALWAYS AS (CASE WHEN status = 'requested' THEN 0 WHEN status IN ('confirmed', 'in_progress') AND guest_wrote_at IS NOT NULL THEN 1 WHEN status IN ('confirmed', 'in_progress') THEN 2 ELSE 3 END) STORED;
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "queue_at" timestamp with time zone GENERATED ALWAYS AS (CASE WHEN status IN ('confirmed', 'in_progress') AND guest_wrote_at IS NOT NULL THEN guest_wrote_at ELSE created_at END) STORED;
--> statement-breakpoint
-- Backfill: the stay's VIP flag, the answer deadline against the department's current target, who wrote last.
UPDATE "bookings" b SET "vip" = s."vip" FROM "stays" s WHERE s."id" = b."stay_id" AND s."vip";
--> statement-breakpoint
UPDATE "bookings" b SET "response_due_at" = b."created_at" + make_interval(mins => d."response_target_minutes") FROM "departments" d WHERE d."id" = b."department_id";
--> statement-breakpoint
UPDATE "bookings" b SET "guest_wrote_at" = last."at" FROM (
  SELECT DISTINCT ON (m."booking_id") m."booking_id", m."at", m."author_kind" FROM "booking_messages" m
  WHERE NOT m."internal" ORDER BY m."booking_id", m."at" DESC, m."id" DESC
) last WHERE last."booking_id" = b."id" AND last."author_kind" = 'guest';
--> statement-breakpoint
CREATE INDEX "bookings_queue_idx" ON "bookings" USING btree ("property_id","queue_rank","vip" DESC NULLS LAST,"queue_at","id");
--> statement-breakpoint
CREATE INDEX "bookings_requested_due_idx" ON "bookings" USING btree ("property_id","response_due_at") WHERE "bookings"."status" = 'requested';
--> statement-breakpoint
-- Kept in step by the database, in the transaction of the change, whoever writes (the app, the seed, an import).
-- A booking takes its stay's VIP flag and its answer deadline when made; the deadline moves with a hand-over or a new created_at.
CREATE FUNCTION "bookings_queue_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."stay_id" IS DISTINCT FROM OLD."stay_id" THEN
    NEW."vip" := coalesce((SELECT s."vip" FROM "stays" s WHERE s."id" = NEW."stay_id"), false);
  END IF;
  NEW."response_due_at" := NEW."created_at"
    + make_interval(mins => (SELECT d."response_target_minutes" FROM "departments" d WHERE d."id" = NEW."department_id"));
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "bookings_queue_keys" BEFORE INSERT OR UPDATE OF "stay_id", "department_id", "created_at" ON "bookings"
  FOR EACH ROW EXECUTE FUNCTION "bookings_queue_keys"();
--> statement-breakpoint
-- A stay becomes (or stops being) VIP: its bookings follow.
CREATE FUNCTION "stays_vip_to_bookings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "bookings" SET "vip" = NEW."vip" WHERE "stay_id" = NEW."id" AND "vip" IS DISTINCT FROM NEW."vip";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "stays_vip_to_bookings" AFTER UPDATE OF "vip" ON "stays"
  FOR EACH ROW WHEN (OLD."vip" IS DISTINCT FROM NEW."vip") EXECUTE FUNCTION "stays_vip_to_bookings"();
--> statement-breakpoint
-- A department's response target changes: the live queue times unanswered requests against the new one at once.
CREATE FUNCTION "departments_target_to_bookings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "bookings" SET "response_due_at" = "created_at" + make_interval(mins => NEW."response_target_minutes")
  WHERE "department_id" = NEW."id" AND "status" = 'requested';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "departments_target_to_bookings" AFTER UPDATE OF "response_target_minutes" ON "departments"
  FOR EACH ROW WHEN (OLD."response_target_minutes" IS DISTINCT FROM NEW."response_target_minutes")
  EXECUTE FUNCTION "departments_target_to_bookings"();
--> statement-breakpoint
-- A message on a request's thread (not an internal note): whether the guest now waits for an answer, and since when.
CREATE FUNCTION "booking_messages_guest_wrote"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "bookings" SET "guest_wrote_at" = (
    SELECT CASE WHEN m."author_kind" = 'guest' THEN m."at" END FROM "booking_messages" m
    WHERE m."booking_id" = NEW."booking_id" AND NOT m."internal" ORDER BY m."at" DESC, m."id" DESC LIMIT 1
  ) WHERE "id" = NEW."booking_id";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "booking_messages_guest_wrote" AFTER INSERT ON "booking_messages"
  FOR EACH ROW WHEN (NOT NEW."internal") EXECUTE FUNCTION "booking_messages_guest_wrote"();
