/**
 * What a new file changes against the one the app ships: records added, changed (field by field)
 * and removed, by id. The CLI (data:register-import) and the browser's workbench both say this.
 */
export interface RecordChanges {
  added: string[];
  changed: { id: string; fields: string[] }[];
  removed: string[];
}

type Rec = Record<string, unknown>;

/** The top-level fields whose value differs (compared as JSON), in the new record's order. */
function changedFields(before: Rec, after: Rec): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export function recordChanges(before: readonly Rec[], after: readonly Rec[], idOf: (r: Rec) => string = (r) => String(r.id)): RecordChanges {
  const old = new Map(before.map((r) => [idOf(r), r]));
  const ids = new Set(after.map(idOf));
  const added: string[] = [];
  const changed: RecordChanges['changed'] = [];
  for (const r of after) {
    const id = idOf(r);
    const prev = old.get(id);
    if (!prev) added.push(id);
    else {
      const fields = changedFields(prev, r);
      if (fields.length) changed.push({ id, fields });
    }
  }
  return { added, changed, removed: [...old.keys()].filter((id) => !ids.has(id)) };
}

/** The change report an editor hands over with the file: one row per added, changed or removed record. */
export function changeReportRows(c: RecordChanges): string[][] {
  return [
    ['Ändring', 'Id', 'Fält'],
    ...c.added.map((id) => ['ny', id, '']),
    ...c.changed.map(({ id, fields }) => ['ändrad', id, fields.join(', ')]),
    ...c.removed.map((id) => ['borttagen', id, '']),
  ];
}
