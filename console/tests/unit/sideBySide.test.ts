import { describe, expect, it } from 'vitest'
import { sideBySide } from '../../src/components/registries/sideBySide'

describe('a policy diff side by side', () => {
  it('pairs removed lines with the added lines that follow them, and keeps kept lines level', () => {
    const rows = sideBySide([
      { op: 'KEPT', text: 'a', oldLine: 1, newLine: 1 },
      { op: 'REMOVED', text: 'b', oldLine: 2, newLine: null },
      { op: 'REMOVED', text: 'c', oldLine: 3, newLine: null },
      { op: 'ADDED', text: 'B', oldLine: null, newLine: 2 },
      { op: 'KEPT', text: 'd', oldLine: 4, newLine: 3 },
      { op: 'ADDED', text: 'e', oldLine: null, newLine: 4 },
    ])
    expect(rows).toEqual([
      { left: { number: 1, text: 'a' }, right: { number: 1, text: 'a' }, kind: 'KEPT' },
      { left: { number: 2, text: 'b' }, right: { number: 2, text: 'B' }, kind: 'CHANGED' },
      { left: { number: 3, text: 'c' }, right: null, kind: 'CHANGED' },
      { left: { number: 4, text: 'd' }, right: { number: 3, text: 'd' }, kind: 'KEPT' },
      { left: null, right: { number: 4, text: 'e' }, kind: 'CHANGED' },
    ])
  })

  it('gives an empty diff no rows', () => {
    expect(sideBySide([])).toEqual([])
  })
})
