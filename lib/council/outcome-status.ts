import type { ApplicationStatus } from "@/lib/applications/status";
import type { CouncilOutcome } from "./enums";

/** Where each of the council's decisions takes the application (the state machine's edges out of expert review). Browser-safe. */
export const OUTCOME_STATUS = {
  approve: "approved",
  reject: "rejected",
  information: "info_requested",
} as const satisfies Record<CouncilOutcome, ApplicationStatus>;
