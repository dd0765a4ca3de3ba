/** Who is acting: the role decides what they may do. */

export const ROLES = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  kind: 'api-key' | 'user' | 'system';
  id: string;
  /** Shown in revision histories and logs: "API key “ci”", "Jane Doe", "scheduler". */
  label: string;
  role: Role;
}

/** The actor for work Dateline does on its own (imports run from the CLI, scheduled jobs). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'system', label: 'Dateline', role: 'admin' });
