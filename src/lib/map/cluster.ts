// Marker clustering in screen space, as plain data: pins closer than a thumb's width merge into one
// numbered pin, so a dense street stays tappable. Greedy and deterministic (input order decides), and
// quadratic, which is nothing for the few hundred places a map shows.

export interface ScreenPoint {
	id: string;
	/** Pixels at the current zoom. */
	x: number;
	y: number;
}

export interface Cluster {
	ids: string[];
	/** The mean of its members, where the cluster pin goes. */
	x: number;
	y: number;
}

/** Pins whose centres are closer than this merge: a pin's touch target is 48 px wide. */
export const CLUSTER_RADIUS_PX = 48;

/**
 * Groups points: each point not yet taken starts a group and takes every free point within
 * `radiusPx` of it. Points listed in `keepApart` (the selected place) always stay on their own.
 */
export function clusterPoints(
	points: readonly ScreenPoint[],
	radiusPx: number = CLUSTER_RADIUS_PX,
	keepApart: ReadonlySet<string> = new Set()
): Cluster[] {
	const taken = new Set<number>();
	const clusters: Cluster[] = [];
	const r2 = radiusPx * radiusPx;
	points.forEach((seed, i) => {
		if (taken.has(i)) return;
		taken.add(i);
		const members = [seed];
		if (!keepApart.has(seed.id)) {
			for (let j = i + 1; j < points.length; j++) {
				const other = points[j];
				if (taken.has(j) || keepApart.has(other.id)) continue;
				if ((other.x - seed.x) ** 2 + (other.y - seed.y) ** 2 <= r2) {
					taken.add(j);
					members.push(other);
				}
			}
		}
		clusters.push({
			ids: members.map((m) => m.id),
			x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
			y: members.reduce((sum, m) => sum + m.y, 0) / members.length
		});
	});
	return clusters;
}
