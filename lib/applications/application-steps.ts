import type { CompanyStep, ContactStep, InvestmentStep, ProjectStep } from "./validation";

/**
 * What the application views (summary, review step, staff detail) show: the id
 * and the four data steps as validated. A row of `applications` fits it, so
 * pages pass the row while components/ stay free of db/ types.
 */
export interface ApplicationSteps {
  id: string;
  company: CompanyStep | null;
  project: ProjectStep | null;
  investment: InvestmentStep | null;
  contact: ContactStep | null;
}
