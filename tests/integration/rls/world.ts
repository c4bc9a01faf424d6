// The cast of the RLS tests: a block with its staff, a second block with its own staff, a merchant, a
// rider with an account, a rider with an anonymous session, an anonymous visitor and the service role.
// Every test file builds its own world (fresh users, fresh blocks far from the demo data), so files run
// in any order and in parallel.
import type { SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';
import { anonClient, serviceClient, signedUpClient } from '../support.ts';

export type Actor = { client: SupabaseClient; userId: string };
export type Block = { id: string; slug: string; lat: number; lng: number };
export type World = {
	service: SupabaseClient;
	visitor: SupabaseClient;
	rider: Actor;
	anonymousRider: Actor;
	merchant: Actor;
	staff: Actor;
	otherStaff: Actor;
	block: Block;
	otherBlock: Block;
};

let blockSeq = 0;

/** A block somewhere in the west of China, far from the demo blocks and from other worlds. */
export async function createBlock(service: SupabaseClient, label: string): Promise<Block> {
	const lat = 30 + Math.random() * 10;
	const lng = 80 + Math.random() * 20;
	const slug = `t-${label}-${Date.now().toString(36)}-${(++blockSeq).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
	const { data, error } = await service
		.from('blocks')
		.insert({
			slug,
			name_zh: `测试街区 ${label}`,
			name_en: `Test block ${label}`,
			district_zh: '测试区',
			district_en: 'Test district',
			street_office_zh: '测试街道',
			street_office_en: 'Test subdistrict',
			centre_lat: lat,
			centre_lng: lng,
			min_lat: lat - 0.01,
			min_lng: lng - 0.01,
			max_lat: lat + 0.01,
			max_lng: lng + 0.01
		})
		.select('id, slug')
		.single();
	if (error) throw error;
	return { id: data.id, slug: data.slug, lat, lng };
}

export async function anonymousSession(): Promise<Actor> {
	const client = anonClient();
	const { data, error } = await client.auth.signInAnonymously();
	if (error) throw error;
	return { client, userId: data.user!.id };
}

export async function makeStaff(
	service: SupabaseClient,
	blockId: string,
	label: string,
	role = 'secretary'
): Promise<Actor> {
	const actor = await signedUpClient(label);
	const { error } = await service
		.from('block_staff')
		.insert({ block_id: blockId, user_id: actor.userId, role });
	if (error) throw error;
	return { client: actor.client, userId: actor.userId };
}

export async function createWorld(label: string): Promise<World> {
	const service = serviceClient();
	const [block, otherBlock] = await Promise.all([
		createBlock(service, label),
		createBlock(service, `${label}-other`)
	]);
	const [rider, anonymousRider, merchant, staff, otherStaff] = await Promise.all([
		signedUpClient(`${label}-rider`),
		anonymousSession(),
		signedUpClient(`${label}-merchant`),
		makeStaff(service, block.id, `${label}-staff`),
		makeStaff(service, otherBlock.id, `${label}-other-staff`)
	]);
	return {
		service,
		visitor: anonClient(),
		rider: { client: rider.client, userId: rider.userId },
		anonymousRider,
		merchant: { client: merchant.client, userId: merchant.userId },
		staff,
		otherStaff,
		block,
		otherBlock
	};
}

type PlaceOptions = {
	verified?: boolean;
	ownerId?: string | null;
	hidden?: boolean;
	name?: string;
	offset?: number;
	blockId?: string;
};

/** A place in the world's block, created by the service role. */
export async function createPlace(world: World, options: PlaceOptions = {}) {
	const offset = options.offset ?? Math.random() * 0.005;
	const { data, error } = await world.service
		.from('places')
		.insert({
			block_id: options.blockId ?? world.block.id,
			tier: 'window',
			category: 'dining',
			name_zh: options.name ?? '测试小店',
			address_zh: '测试路',
			lat: world.block.lat + offset,
			lng: world.block.lng + offset,
			owner_id: options.ownerId ?? null,
			verified_at: options.verified === false ? null : new Date().toISOString(),
			hidden_at: options.hidden ? new Date().toISOString() : null
		})
		.select()
		.single();
	if (error) throw error;
	return data as { id: string; lat: number; lng: number; block_id: string };
}

/** The request failed because Row Level Security or a grant refused it. */
export function expectDenied(result: { error: { code?: string } | null; status?: number }) {
	expect(result.error?.code).toBe('42501');
}

/** The request succeeded but touched no rows (updates and deletes RLS filters out). */
export function expectNoRows(result: { error: unknown; data: unknown[] | null }) {
	expect(result.error).toBeNull();
	expect(result.data).toEqual([]);
}
