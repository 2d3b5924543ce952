import { describe, expect, it } from 'vitest'
import { polygonsOf, project } from '../../src/domain/geo'

describe('a park boundary projected to SVG', () => {
  it('fits a square at the equator into the box, north up', () => {
    const d = project({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }, 120, 10)
    expect(d).not.toBeNull()
    expect(d!.viewBox).toBe('0 0 120 120')
    // South-west corner at the bottom left, north-east at the top right.
    expect(d!.paths).toEqual(['M10 110 L110 110 L110 10 L10 10 Z'])
  })

  it('scales longitudes by the cosine of the latitude (a 1°×1° cell at 60° N is half as wide as high)', () => {
    const d = project({ type: 'Polygon', coordinates: [[[10, 59.5], [11, 59.5], [11, 60.5], [10, 60.5], [10, 59.5]]] }, 220, 10)!
    // 200 inside the padding high, 100 wide (cos 60° = 0.5), plus 10 on each side.
    expect(d.height).toBe(220)
    expect(d.width).toBeCloseTo(120, 0)
    expect(d.viewBox).toBe(`0 0 ${d.width} 220`)
  })

  it('keeps the longer side at the given size for a wide shape', () => {
    const d = project({ type: 'Polygon', coordinates: [[[106, 29.5], [106.4, 29.5], [106.4, 29.6], [106, 29.5]]] }, 300, 0)!
    expect(d.width).toBe(300)
    expect(d.height).toBeLessThan(100)
  })

  it('draws holes as subpaths of their polygon and one path per polygon of a MultiPolygon', () => {
    const square = (x: number): number[][] => [[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]
    const hole = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.25]]
    const d = project({ type: 'MultiPolygon', coordinates: [[square(0), hole], [square(2)]] })!
    expect(d.paths).toHaveLength(2)
    expect(d.paths[0]!.match(/M/g)).toHaveLength(2)
    expect(d.paths[1]!.match(/M/g)).toHaveLength(1)
    for (const path of d.paths) {
      for (const n of path.match(/-?\d+(\.\d+)?/g)!.map(Number)) {
        expect(n).toBeGreaterThanOrEqual(0)
        expect(n).toBeLessThanOrEqual(320)
      }
    }
  })

  it('draws nothing for no geometry, another type, malformed positions or a single point', () => {
    expect(project(null)).toBeNull()
    expect(project(undefined)).toBeNull()
    expect(project({ type: 'Point', coordinates: [106, 29] })).toBeNull()
    expect(project({ type: 'Polygon', coordinates: [[[106, 'x'], [1, 2]]] })).toBeNull()
    expect(project({ type: 'Polygon', coordinates: [] })).toBeNull()
    expect(project({ type: 'Polygon', coordinates: [[[106, 29], [106, 29], [106, 29], [106, 29]]] })).toBeNull()
    expect(polygonsOf({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], 'x'] })).toBeNull()
  })
})
