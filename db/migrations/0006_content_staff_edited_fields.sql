ALTER TABLE "milestones" ADD COLUMN "edited_fields" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "edited_fields" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "sez_figures" ADD COLUMN "edited_fields" text[] DEFAULT '{}' NOT NULL;