// Fixed facts about the block this build serves. The map centres here when the phone's position is
// unknown; places, streets and boundaries come from the database, not from this file.

export type LatLng = { lat: number; lng: number };

export type BlockConfig = {
	/** Stable id used in storage keys and queries. */
	id: string;
	/** WGS-84, like everything the database stores (convert to GCJ-02 only at the edge). */
	centre: LatLng;
	/** Initial zoom: the block (about 2 × 2 km) fills a phone screen. */
	zoom: number;
};

// 方松街道第三街区 (bounded by 沈泾塘, the G60 沪昆高速, 油墩港 and 文翔路): the centre its row in the
// database has, used until that row has been fetched once (it is then kept for offline use).
export const BLOCK: BlockConfig = {
	id: 'fangsong-3',
	centre: { lat: 31.041, lng: 121.187 },
	zoom: 15
};

export const THEME_COLOR = '#b43c0c';
