// A policy's line diff (GET /api/policies/{id}/versions/{a}/diff/{b}: KEPT, REMOVED, ADDED lines in order) laid out in
// two columns: a kept line on both sides; a run of removed lines beside the run of added lines that follows it.

export interface DiffLine {
  op: 'KEPT' | 'REMOVED' | 'ADDED'
  text: string
  oldLine?: number | null
  newLine?: number | null
}

export interface Cell {
  number: number | null
  text: string
}

export interface Row {
  left: Cell | null
  right: Cell | null
  /** KEPT, or CHANGED when either side was removed or added */
  kind: 'KEPT' | 'CHANGED'
}

export function sideBySide(lines: DiffLine[]): Row[] {
  const rows: Row[] = []
  let removed: Cell[] = []
  let added: Cell[] = []
  const flush = (): void => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      rows.push({ left: removed[i] ?? null, right: added[i] ?? null, kind: 'CHANGED' })
    }
    removed = []
    added = []
  }
  for (const line of lines) {
    if (line.op === 'KEPT') {
      flush()
      rows.push({ left: { number: line.oldLine ?? null, text: line.text }, right: { number: line.newLine ?? null, text: line.text }, kind: 'KEPT' })
    } else if (line.op === 'REMOVED') {
      // A removal after additions starts a new change block.
      if (added.length > 0) flush()
      removed.push({ number: line.oldLine ?? null, text: line.text })
    } else {
      added.push({ number: line.newLine ?? null, text: line.text })
    }
  }
  flush()
  return rows
}
