CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id");--> statement-breakpoint
-- hand-written: expand, then contract. drizzle-kit wrote a rename of staff_sessions, which would
-- break the version still serving during a rolling deploy. Instead the new table is created and
-- the live staff sessions are copied (same ids, so signed-in staff stay signed in); the old table
-- stays, unused by this version, until a later migration drops it.
INSERT INTO "user_sessions" ("id", "user_id", "last_seen_at", "created_at")
SELECT "id", "user_id", "last_seen_at", "created_at" FROM "staff_sessions";
