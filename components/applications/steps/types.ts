export interface StepProps {
  applicationId: string;
  /** Saved values of the step, as strings for the inputs. */
  defaults: Record<string, unknown>;
  /** Set while information is requested: field → reviewer's comment; other fields are read-only. */
  flagged?: Record<string, string> | null;
}
