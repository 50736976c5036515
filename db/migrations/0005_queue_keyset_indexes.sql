DROP INDEX "applications_status_submitted_idx";--> statement-breakpoint
DROP INDEX "applications_submitted_idx";--> statement-breakpoint
CREATE INDEX "applications_status_submitted_idx" ON "applications" USING btree ("status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "applications_submitted_idx" ON "applications" USING btree ("submitted_at","id") WHERE "applications"."submitted_at" is not null;