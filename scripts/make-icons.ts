// `node scripts/make-icons.ts`: draws the app's mark — a white map pin holding a warm heart, on the
// brand colour — into the PNG icons the manifest and iOS need, plus the SVG favicon. Pure Node: shapes
// are tested per sub-pixel (4 × 4 samples per pixel for smooth edges) and written with a tiny PNG encoder.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';

const OUT = path.join(import.meta.dirname, '..', 'static');
const BRAND = [0xb4, 0x3c, 0x0c] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

// The mark in a 64 × 64 design space (y down), the same geometry as the SVG paths below.
const PIN = { cx: 32, cy: 27, r: 21, tipY: 60 };
const HEART = { tipX: 32, tipY: 36, scale: 16.5 };

function inPin(x: number, y: number): boolean {
	const dx = x - PIN.cx;
	const dy = y - PIN.cy;
	if (dx * dx + dy * dy <= PIN.r * PIN.r) return true;
	// Below the circle: between the two tangents from the tip, under the chord joining their touch points.
	const d = PIN.tipY - PIN.cy;
	const chordY = PIN.cy + (PIN.r * PIN.r) / d;
	const vy = PIN.tipY - y;
	if (vy < 0 || y < chordY) return false;
	return Math.atan2(Math.abs(dx), vy) <= Math.asin(PIN.r / d);
}

// Inigo Quilez's heart: tip at the origin, lobes centred on (±0.25, 0.75), y up.
function inHeart(x: number, y: number): boolean {
	const px = Math.abs(x - HEART.tipX) / HEART.scale;
	const py = (HEART.tipY - y) / HEART.scale;
	if (py < 0) return false;
	if (px + py > 1) return Math.hypot(px - 0.25, py - 0.75) <= Math.SQRT2 / 4;
	return px <= py;
}

function inRoundedSquare(x: number, y: number, radius: number): boolean {
	const cx = Math.min(Math.max(x, radius), 64 - radius);
	const cy = Math.min(Math.max(y, radius), 64 - radius);
	return Math.hypot(x - cx, y - cy) <= radius;
}

type IconSpec = {
	file: string;
	size: number;
	/** Size of the mark relative to the icon (maskable icons keep it inside the 80 % safe circle). */
	markScale: number;
	/** Corner radius in design units; null = full-bleed square (maskable, iOS rounds it itself). */
	corner: number | null;
};

function colourAt(x: number, y: number, spec: IconSpec): [number, number, number, number] {
	if (spec.corner !== null && !inRoundedSquare(x, y, spec.corner)) return [0, 0, 0, 0];
	// Map into the mark's own space, centred (the mark's visual centre is at y = 33).
	const mx = 32 + (x - 32) / spec.markScale;
	const my = 33 + (y - 32) / spec.markScale;
	if (inPin(mx, my) && !inHeart(mx, my)) return [...WHITE, 255];
	return [...BRAND, 255];
}

function render(spec: IconSpec): Buffer {
	const { size } = spec;
	const samples = 4;
	const rgba = Buffer.alloc(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			const sum = [0, 0, 0, 0];
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const x = ((px + (sx + 0.5) / samples) / size) * 64;
					const y = ((py + (sy + 0.5) / samples) / size) * 64;
					const [r, g, b, a] = colourAt(x, y, spec);
					sum[0] += r * a;
					sum[1] += g * a;
					sum[2] += b * a;
					sum[3] += a;
				}
			}
			const i = (py * size + px) * 4;
			const alpha = sum[3] / (samples * samples);
			rgba[i] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
			rgba[i + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
			rgba[i + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
			rgba[i + 3] = Math.round(alpha);
		}
	}
	return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = 6;
	const raw = Buffer.alloc((width * 4 + 1) * height);
	for (let y = 0; y < height; y++) {
		rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const PIN_PATH = 'M15.8 40.36A21 21 0 1 1 48.2 40.36L32 60Z';
const HEART_PATH = 'M32 36L23.75 27.75A5.83 5.83 0 0 1 32 19.5A5.83 5.83 0 0 1 40.25 27.75Z';
const hex = (c: readonly number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export const ICONS: IconSpec[] = [
	{ file: 'icons/icon-192.png', size: 192, markScale: 0.82, corner: 14 },
	{ file: 'icons/icon-512.png', size: 512, markScale: 0.82, corner: 14 },
	{ file: 'icons/icon-maskable-512.png', size: 512, markScale: 0.62, corner: null },
	{ file: 'icons/apple-touch-icon.png', size: 180, markScale: 0.72, corner: null }
];

if (import.meta.main) {
	mkdirSync(path.join(OUT, 'icons'), { recursive: true });
	for (const spec of ICONS) {
		writeFileSync(path.join(OUT, spec.file), render(spec));
		console.log(`wrote static/${spec.file} (${spec.size}×${spec.size})`);
	}
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${hex(BRAND)}"/><g transform="translate(32 32) scale(0.82) translate(-32 -33)"><path d="${PIN_PATH}" fill="#fff"/><path d="${HEART_PATH}" fill="${hex(BRAND)}"/></g></svg>\n`;
	writeFileSync(path.join(OUT, 'favicon.svg'), svg);
	console.log('wrote static/favicon.svg');
}
