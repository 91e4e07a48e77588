/**
 * Distances and positions on the map, shared by the build, the map and the near-me finder.
 */

const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

/** Great-circle distance in kilometres between two [lat, lng] points. */
export function distanceKm([lat1, lng1]: readonly [number, number], [lat2, lng2]: readonly [number, number]): number {
  const radians = Math.PI / 180;
  const dLat = (lat2 - lat1) * radians;
  const dLng = (lng2 - lng1) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Longitude as the US map draws it: places east of the antimeridian (Guam, the Northern Mariana Islands, the
 * western Aleutians) move to the west of Hawaii, so every state and territory sits on one continuous map.
 */
export function usLongitude(lng: number): number {
  return lng > 0 ? lng - 360 : lng;
}

/** The `count` items nearest to a point, with their distance in kilometres, nearest first. */
export function nearest<Item>(
  point: readonly [number, number],
  items: readonly Item[],
  positionOf: (item: Item) => readonly [number, number],
  count = 5,
): { item: Item; km: number }[] {
  return items
    .map((item) => ({ item, km: distanceKm(point, positionOf(item)) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}
