import { sql } from "drizzle-orm";
import type { Database } from "@/db/types";
import { queryRows } from "@/db/connection";
import { SECTORS } from "@/lib/applications/constants";
import { sampleSteps } from "@/lib/testing/sample-application";

/**
 * A realistic queue for benchmarks and for trying the staff view at scale:
 * `count` submitted applications from investors of the partner countries,
 * spread over three years, in every status with the events that lead there,
 * reviewers assigned to most, messages on a third. Everything is generated
 * inside the database with set-based INSERT … SELECT (100,000 in well under a
 * minute); the rows are tagged (e-mails at bulk.lotus) so they can be told apart.
 */

/** Status paths: each final status with the statuses passed on the way, in order. */
const PATHS: Record<string, string[]> = {
  submitted: ["submitted"],
  screening: ["submitted", "screening"],
  info_requested: ["submitted", "screening", "info_requested"],
  resubmitted: ["submitted", "screening", "info_requested", "resubmitted"],
  expert_review: ["submitted", "screening", "expert_review"],
  approved: ["submitted", "screening", "expert_review", "approved"],
  rejected: ["submitted", "screening", "rejected"],
  withdrawn: ["submitted", "withdrawn"],
};

/** Weights per thousand: most of a real queue is decided or waiting. */
const STATUS_WEIGHTS: Array<[string, number]> = [
  ["submitted", 120], ["screening", 150], ["info_requested", 80], ["resubmitted", 50],
  ["expert_review", 120], ["approved", 230], ["rejected", 170], ["withdrawn", 80],
];

const COUNTRIES = ["IR", "IR", "IR", "CN", "CN", "DE", "DE", "NL", "KR", "KR", "JP", "IT", "SK", "GR", "KZ", "TM", "BH", "OM", "TR", "IN"];
const FIRST = ["Caspian", "Volga", "Nordic", "Hanbit", "Persian", "Silk Road", "Delta", "Rhein", "Han River", "Aurora", "Zagros", "Henan", "Aegean", "Tatra", "Elbe", "Maas"];
const SECOND = ["Marine", "Agro", "Logistics", "Machinery", "Steel", "Foods", "Energy", "Shipyards", "Chemicals", "Trading", "Polymers", "Systems"];
const SUFFIX = ["GmbH", "B.V.", "Co., Ltd.", "LLC", "S.p.A.", "a.s.", "PJSC", "Holding", "Group", "AG"];
const PEOPLE = ["Anna Weber", "Jan de Vries", "Kim Min-jun", "Reza Ahmadi", "Li Wei", "Sato Haruto", "Giulia Rossi", "Peter Novak", "Eleni Papadopoulou", "Aigerim Bekova", "Lars Jansen", "Park Seo-yeon"];

function textArray(values: string[]) {
  return sql`array[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`;
}

export interface BulkSummary {
  applications: number;
  investors: number;
  events: number;
  messages: number;
}

export async function seedBulkApplications(db: Database, count: number): Promise<BulkSummary> {
  const run = Date.now().toString(36);
  const investors = Math.max(1, Math.ceil(count / 3));
  const reviewers = 12;
  let cumulative = 0;
  // eslint-disable-next-line no-restricted-syntax -- built from the STATUS_WEIGHTS constant only (status names and integers)
  const statusCase = sql.raw(
    `case ${STATUS_WEIGHTS.map(([status, weight]) => `when (i * 7919) % 1000 < ${(cumulative += weight)} then '${status}'`).join(" ")} end`,
  );
  const { company, project, investment, contact } = sampleSteps;

  const summary = await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into users (email, name, company, country, password_hash, role, email_verified_at, privacy_consent_at, created_at)
      select 'investor-' || ${run} || '-' || i || '@bulk.lotus', (${textArray(PEOPLE)})[1 + i % ${PEOPLE.length}],
        'Bulk company ' || i, (${textArray(COUNTRIES)})[1 + i % ${COUNTRIES.length}],
        '$argon2id$bulk-not-a-real-hash', 'investor', now(), now(), now() - make_interval(days => 400 + i % 700)
      from generate_series(1, ${investors}::int) as i`);
    await tx.execute(sql`
      insert into users (email, name, company, country, password_hash, role, email_verified_at, created_at)
      select 'reviewer-' || ${run} || '-' || i || '@bulk.lotus', 'Reviewer ' || i, 'JSC SEZ Lotus', 'RU',
        '$argon2id$bulk-not-a-real-hash', 'staff', now(), now()
      from generate_series(1, ${reviewers}::int) as i`);

    // One row per application: deterministic variety from i (reproducible runs), a reference
    // from the real sequence, submission times spread over three years.
    await tx.execute(sql`
      with owners as (
        select id, row_number() over (order by id) as n from users where email like ${`investor-${run}-%`}
      ), staff as (
        select array_agg(id order by id) as ids from users where email like ${`reviewer-${run}-%`}
      ), generated as (
        select i, nextval('application_reference_seq') as number,
          ${statusCase} as status,
          (${textArray(COUNTRIES)})[1 + (i * 31) % ${COUNTRIES.length}] as country,
          (${textArray([...SECTORS])})[1 + (i * 17) % ${SECTORS.length}] as sector,
          (${textArray(FIRST)})[1 + i % ${FIRST.length}] || ' ' || (${textArray(SECOND)})[1 + (i / ${FIRST.length}) % ${SECOND.length}]
            || ' ' || (${textArray(SUFFIX)})[1 + (i * 13) % ${SUFFIX.length}] || ' ' || i as company_name,
          (${textArray(PEOPLE)})[1 + (i * 11) % ${PEOPLE.length}] as person,
          -- 20 M to ~5 B RUB, skewed to the low end; a fifth below the 120 M threshold.
          (20000000 + ((i * 2654435761) % 1000) ^ 2 * 5000)::bigint as investment,
          timestamptz '2024-01-01 00:00:00+00' + make_interval(secs => (i::bigint * 94608000 / ${count}::bigint)::int) as submitted_at
        from generate_series(1, ${count}::int) as i
      )
      insert into applications (owner_id, idempotency_key, reference, status, company, project, investment, contact, last_step,
        company_name, country, sector, investment_rub, below_threshold, contact_name, contact_email, assigned_reviewer_id,
        created_at, updated_at, submitted_at, status_changed_at, decided_at)
      select o.id, gen_random_uuid(),
        'LOT-' || extract(year from g.submitted_at)::int || '-' || lpad(g.number::text, greatest(5, length(g.number::text)), '0'),
        g.status::application_status,
        ${JSON.stringify(company)}::jsonb || jsonb_build_object('legalName', g.company_name, 'country', g.country, 'sector', g.sector),
        ${JSON.stringify(project)}::jsonb,
        ${JSON.stringify(investment)}::jsonb || jsonb_build_object('totalRub', g.investment),
        ${JSON.stringify(contact)}::jsonb || jsonb_build_object('person', g.person, 'email', 'contact' || g.i || '@bulk.lotus'),
        'review', g.company_name, g.country, g.sector::application_sector, g.investment, g.investment < 120000000,
        g.person, 'contact' || g.i || '@bulk.lotus',
        case when g.status = 'submitted' or g.i % 10 = 0 then null else s.ids[1 + g.i % ${reviewers}] end,
        g.submitted_at - interval '3 days', g.submitted_at + interval '20 days', g.submitted_at,
        g.submitted_at + make_interval(days => 7 * (case g.status ${sql.join(Object.entries(PATHS).map(([final, steps]) => sql`when ${final} then ${steps.length - 1}::int`), sql` `)} end)::int),
        case when g.status in ('approved', 'rejected') then g.submitted_at + make_interval(days => 40 + g.i % 60) end
      from generated g
      join owners o on o.n = 1 + (g.i - 1) % ${investors}
      cross join staff s`);

    // The events of each path: submitted on the submission day, later stages a week or so apart.
    const pathRows = Object.entries(PATHS).flatMap(([final, steps]) =>
      steps.map((to, index) => sql`(${final}, ${index}::int, ${index === 0 ? "draft" : steps[index - 1]!}, ${to})`),
    );
    await tx.execute(sql`
      with path(final, step, from_status, to_status) as (values ${sql.join(pathRows, sql`, `)})
      insert into application_events (application_id, at, actor_id, from_status, to_status, reason)
      select a.id, a.submitted_at + make_interval(days => p.step * 7),
        case when p.to_status in ('submitted', 'resubmitted', 'withdrawn') then a.owner_id else a.assigned_reviewer_id end,
        p.from_status::application_status, p.to_status::application_status,
        case when p.to_status in ('info_requested', 'rejected') then 'Please see the message from the reviewer.' end
      from applications a join path p on p.final = a.status::text
      where a.contact_email like '%@bulk.lotus'`);

    await tx.execute(sql`
      insert into application_messages (application_id, author_id, from_staff, body, created_at)
      select a.id, case when m = 1 then a.assigned_reviewer_id else a.owner_id end, m = 1,
        case when m = 1 then 'Could you send the land plot size and the expected power load per phase?'
             else 'Thank you, the figures are in the updated project section.' end,
        a.submitted_at + make_interval(days => 3 + m)
      from applications a, generate_series(1, 2) as m
      where a.contact_email like '%@bulk.lotus' and a.assigned_reviewer_id is not null and hashtext(a.id::text) % 3 = 0`);

    const [totals] = await queryRows<Record<keyof BulkSummary, number>>(tx as unknown as Database, sql`
      select
        (select count(*)::int from applications where contact_email like '%@bulk.lotus') as applications,
        (select count(*)::int from users where email like ${`investor-${run}-%`}) as investors,
        (select count(*)::int from application_events e join applications a on a.id = e.application_id where a.contact_email like '%@bulk.lotus') as events,
        (select count(*)::int from application_messages m join applications a on a.id = m.application_id where a.contact_email like '%@bulk.lotus') as messages`);
    return totals!;
  });
  // Fresh statistics and visibility map: the status counts are index-only scans
  // only once the new pages are marked all-visible (autovacuum would get there later).
  for (const table of ["applications", "application_events", "application_messages", "users"]) {
    // eslint-disable-next-line no-restricted-syntax -- table names from the literal list above; VACUUM takes no parameters
    await db.execute(sql.raw(`vacuum analyze ${table}`));
  }
  return summary;
}
