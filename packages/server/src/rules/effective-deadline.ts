/**
 * The deadline that holds for one respondent: its own extension when that is later than the campaign's deadline,
 * else the campaign's (a later campaign-wide extension never shortens a respondent's time). Used wherever a
 * respondent's time matters: the campaign's deadline extensions, the status board, the respondent's own page and
 * saves, reminders and the mails' texts.
 */
export function effectiveDeadline(campaignDeadline: string, respondentDeadline: string | null): string {
  if (respondentDeadline === null) return campaignDeadline;
  return Date.parse(respondentDeadline) > Date.parse(campaignDeadline) ? respondentDeadline : campaignDeadline;
}
