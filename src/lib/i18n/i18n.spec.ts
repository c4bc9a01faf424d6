import { describe, expect, it } from 'vitest';
import { I18n, LOCALE_STORAGE_KEY } from './i18n.svelte.ts';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value)
	};
}

describe('the user language', () => {
	it('starts in Chinese', () => {
		expect(I18n.fromStorage(memoryStorage()).locale).toBe('zh-CN');
	});

	it('starts in the language remembered on the device, ignoring junk', () => {
		expect(I18n.fromStorage(memoryStorage({ [LOCALE_STORAGE_KEY]: 'en' })).locale).toBe('en');
		expect(I18n.fromStorage(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' })).locale).toBe('zh-CN');
	});

	it('switches, remembers and translates in the new language', async () => {
		const storage = memoryStorage();
		const i18n = new I18n();
		expect(i18n.t('nav.map')).toBe('地图');
		await i18n.set(i18n.other, storage);
		expect(i18n.locale).toBe('en');
		expect(storage.data.get(LOCALE_STORAGE_KEY)).toBe('en');
		expect(i18n.t('nav.map')).toBe('Map');
		expect(i18n.distance(1234)).toBe('1.2 km');
	});
});
