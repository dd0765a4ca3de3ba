/** The Admin API's JSON shape of the differences between two revisions of a story. */
import type { DiffedField, FieldDiff } from '../../domain/revision-diff.js';
import type { Revision } from '../../domain/story.js';

/** A revision named in a diff: its number, time and who saved it. */
export interface AdminRevisionRefJson {
  revision: number;
  createdAt: string;
  actor: string;
  note: string | null;
}

/** What changed from one revision to another. */
export interface AdminRevisionDiffJson {
  from: AdminRevisionRefJson;
  to: AdminRevisionRefJson;
  fields: Array<{ field: DiffedField; changed: boolean; parts: Array<{ kind: 'same' | 'added' | 'removed'; text: string }> }>;
}

/** The Admin API's revision diff. */
export function presentAdminRevisionDiff(diff: { from: Revision; to: Revision; fields: FieldDiff[] }): AdminRevisionDiffJson {
  const ref = (r: Revision): AdminRevisionRefJson => ({
    revision: r.revision,
    createdAt: r.createdAt.toISOString(),
    actor: r.actorLabel,
    note: r.note,
  });
  return {
    from: ref(diff.from),
    to: ref(diff.to),
    fields: diff.fields.map((f) => ({ field: f.field, changed: f.changed, parts: f.parts.map((p) => ({ kind: p.kind, text: p.text })) })),
  };
}
