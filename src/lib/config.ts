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
	/**
	 * The district its row names (blocks.district_zh). Pages that list a district's cards and events
	 * ask for them with it at once instead of waiting for the row; if the row says otherwise, it wins.
	 */
	district_zh: string;
};

// 方松街道第三街区 (bounded by 沈泾塘, the G60 沪昆高速, 油墩港 and 文翔路): the centre and district its row
// in the database has, used until that row has been fetched (the map then keeps it for offline use).
export const BLOCK: BlockConfig = {
	id: 'fangsong-3',
	centre: { lat: 31.041, lng: 121.187 },
	zoom: 15,
	district_zh: '松江区'
};

export const THEME_COLOR = '#b43c0c';
