// A park's boundary drawn without map tiles: GeoJSON (WGS 84) projected to SVG paths fitted in a viewBox.
// Equirectangular, with longitudes scaled by the cosine of the boundary's middle latitude, so a park in Chongqing
// (about 30° N) keeps its shape; north is up.

/** A GeoJSON Polygon or MultiPolygon as the API gives it (`Park.boundary`); anything else draws nothing. */
export interface Geometry {
  type?: string
  coordinates?: unknown[]
}

export interface Drawing {
  /** `0 0 width height` */
  viewBox: string
  width: number
  height: number
  /** One path per polygon: its outer ring and holes as subpaths (draw with fill-rule="evenodd"). */
  paths: string[]
}

type Ring = [number, number][]

function isPosition(p: unknown): p is [number, number] {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1])
}

function ringOf(r: unknown): Ring | null {
  if (!Array.isArray(r) || r.length === 0 || !r.every(isPosition)) return null
  return r.map((p) => [p[0], p[1]] as [number, number])
}

function polygonOf(p: unknown): Ring[] | null {
  if (!Array.isArray(p) || p.length === 0) return null
  const rings = p.map(ringOf)
  return rings.every((r): r is Ring => r !== null) ? rings : null
}

/** The polygons (each a list of rings) of a Polygon or MultiPolygon; null when the geometry is not one. */
export function polygonsOf(geometry: Geometry | null | undefined): Ring[][] | null {
  if (!geometry || !Array.isArray(geometry.coordinates)) return null
  if (geometry.type === 'Polygon') {
    const polygon = polygonOf(geometry.coordinates)
    return polygon ? [polygon] : null
  }
  if (geometry.type === 'MultiPolygon') {
    const polygons = geometry.coordinates.map(polygonOf)
    if (polygons.length === 0 || !polygons.every((p): p is Ring[] => p !== null)) return null
    return polygons
  }
  return null
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * Projects the geometry into a box whose longer side is `size` (padding included): x grows east, y grows south.
 * Null when there is nothing to draw (no geometry, a malformed one, or all positions on one point).
 */
export function project(geometry: Geometry | null | undefined, size = 320, padding = 10): Drawing | null {
  const polygons = polygonsOf(geometry)
  if (!polygons) return null
  let minLon = Infinity
  let maxLon = -Infinity
  let minLat = Infinity
  let maxLat = -Infinity
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        minLon = Math.min(minLon, lon)
        maxLon = Math.max(maxLon, lon)
        minLat = Math.min(minLat, lat)
        maxLat = Math.max(maxLat, lat)
      }
    }
  }
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const spanX = (maxLon - minLon) * k
  const spanY = maxLat - minLat
  const span = Math.max(spanX, spanY)
  if (!(span > 0)) return null
  const scale = (size - 2 * padding) / span
  const width = round(spanX * scale + 2 * padding)
  const height = round(spanY * scale + 2 * padding)
  const x = (lon: number): number => round(padding + (lon - minLon) * k * scale)
  const y = (lat: number): number => round(padding + (maxLat - lat) * scale)
  const paths = polygons.map((polygon) =>
    polygon
      .map((ring) => {
        // A closed ring repeats its first position last; Z closes the subpath instead.
        const open = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1]
          ? ring.slice(0, -1)
          : ring
        return open.map(([lon, lat], i) => `${i === 0 ? 'M' : 'L'}${x(lon)} ${y(lat)}`).join(' ') + ' Z'
      })
      .join(' '),
  )
  return { viewBox: `0 0 ${width} ${height}`, width, height, paths }
}
