import { describe, expect, it } from 'vitest';
import { TABS, isCurrentTab } from './tabs.ts';

describe('tab bar', () => {
	it('has the five destinations in thumb order', () => {
		expect(TABS.map((t) => t.path)).toEqual(['/', '/checklist', '/report', '/events', '/me']);
	});

	it('marks the map tab only on the map itself', () => {
		expect(isCurrentTab('/', '/')).toBe(true);
		expect(isCurrentTab('/', '/me')).toBe(false);
	});

	it('marks a section tab on its sub-pages, not on look-alike paths', () => {
		expect(isCurrentTab('/events', '/events')).toBe(true);
		expect(isCurrentTab('/events', '/events/42')).toBe(true);
		expect(isCurrentTab('/events', '/eventsx')).toBe(false);
	});
});
