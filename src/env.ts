// Build-time public settings (Kit 3 replaces `$env/static/public` with this file + `$app/env/public`).
// Values come from the environment or .env; without them the build talks to the local stack.
import { defineEnvVars } from '@sveltejs/kit/env';

const orDefault = (fallback: string) => (value: string | undefined) => value || fallback;

export const variables = defineEnvVars({
	PUBLIC_SUPABASE_URL: {
		public: true,
		static: true,
		description: 'Supabase project URL (the local stack by default).',
		schema: orDefault('http://127.0.0.1:54321')
	},
	PUBLIC_MAP_TILES: {
		public: true,
		static: true,
		description:
			'Map tiles: osm (OpenStreetMap, WGS-84; the default), amap (高德, GCJ-02) or tianditu (天地图, needs PUBLIC_TIANDITU_KEY).',
		schema: orDefault('osm')
	},
	PUBLIC_MAP_APPROVAL: {
		public: true,
		static: true,
		description:
			'审图号 of the map tiles (e.g. from 高德 or 天地图 terms), shown with the attribution; maps published in China must show it.',
		schema: orDefault('')
	},
	PUBLIC_TIANDITU_KEY: {
		public: true,
		static: true,
		description: '天地图 browser key (tk), for PUBLIC_MAP_TILES=tianditu.',
		schema: orDefault('')
	},
	PUBLIC_SUPABASE_PUBLISHABLE_KEY: {
		public: true,
		static: true,
		description: 'Supabase publishable key (safe in the browser; RLS does the authorising).',
		schema: orDefault('sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH')
	}
});
