/**
 * The id of a stored questionnaire version: "announcement/key@version", readable in logs and URLs. Announcement
 * ids and keys are slugs and versions are MAJOR.MINOR.PATCH, so neither "/" nor "@" can occur inside a part.
 */
export function questionnaireVersionId(announcement: string, key: string, version: string): string {
  return `${announcement}/${key}@${version}`;
}

export interface QuestionnaireVersionIdParts {
  announcement: string;
  key: string;
  version: string;
}

/** The parts of a questionnaire version id, or undefined when it is not one. */
export function parseQuestionnaireVersionId(id: string): QuestionnaireVersionIdParts | undefined {
  const match = /^([a-z0-9-]+)\/([a-z0-9-]+)@(\d+\.\d+\.\d+)$/.exec(id);
  return match ? { announcement: match[1]!, key: match[2]!, version: match[3]! } : undefined;
}
