import type { Respondent } from "@afrapport/schema/api";
import type { RespondentRow } from "../db/tables.js";

/** One respondent as the API shows it. */
export function toRespondentView(row: RespondentRow): Respondent {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    kommuneCode: row.kommune_code,
    operator: row.operator,
    legalBasis: row.legal_basis,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    createdAt: row.created_at,
  };
}
