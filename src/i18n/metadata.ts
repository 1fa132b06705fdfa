// Review metadata lives in each message's Fluent comment, one `@field value` per line, so
// Weblate and Crowdin carry it with the message:
//
//   # @status reviewed
//   # @source IRCC-HT
//   # @last-reviewed 2026-11-22
//   # @reviewer-role immigration lawyer
//   # @verify false
//
// A file-level comment (`### @status draft`) sets the default for every message of the file.

export type ReviewStatus = 'draft' | 'reviewed';

export interface MessageMeta {
  status: ReviewStatus;
  source?: string[];
  lastReviewed?: string;
  reviewerRole?: string;
  verify: boolean;
  /** Free text for translators (comment lines without @). */
  note?: string;
}

export interface MetaProblem {
  message: string;
}

const FIELDS = new Set(['status', 'source', 'last-reviewed', 'reviewer-role', 'verify']);

export function parseMeta(comment: string | undefined, defaults: Partial<MessageMeta>, problems: MetaProblem[]): MessageMeta {
  const meta: MessageMeta = { status: defaults.status ?? 'draft', verify: defaults.verify ?? false };
  if (defaults.reviewerRole) meta.reviewerRole = defaults.reviewerRole;
  if (defaults.lastReviewed) meta.lastReviewed = defaults.lastReviewed;
  const notes: string[] = [];
  for (const raw of (comment ?? '').split('\n')) {
    const line = raw.trim();
    // A field is `@name value` or a bare `@name`: prose such as "@reviewer-role, @verify." is a note.
    const m = /^@([a-z-]+)(?:\s+(.*))?$/.exec(line);
    if (!m) {
      if (line) notes.push(line);
      continue;
    }
    const field = m[1]!;
    const value = (m[2] ?? '').trim();
    if (!FIELDS.has(field)) {
      problems.push({ message: `unknown metadata field @${field}` });
      continue;
    }
    switch (field) {
      case 'status':
        if (value !== 'draft' && value !== 'reviewed') problems.push({ message: `@status must be draft or reviewed (got "${value}")` });
        else meta.status = value;
        break;
      case 'source':
        meta.source = value.split(/\s*,\s*/).filter(Boolean);
        break;
      case 'last-reviewed':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push({ message: `@last-reviewed must be YYYY-MM-DD (got "${value}")` });
        else meta.lastReviewed = value;
        break;
      case 'reviewer-role':
        meta.reviewerRole = value;
        break;
      case 'verify':
        meta.verify = value === 'true';
        break;
    }
  }
  if (notes.length) meta.note = notes.join(' ');
  return meta;
}
