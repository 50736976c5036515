ALTER TABLE "staff_sessions" RENAME TO "user_sessions";--> statement-breakpoint
ALTER TABLE "user_sessions" DROP CONSTRAINT "staff_sessions_user_id_users_id_fk";
--> statement-breakpoint
DROP INDEX "staff_sessions_user_idx";--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id");