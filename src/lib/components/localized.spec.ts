import { describe, expect, it } from 'vitest';
import { translate } from '#lib/i18n/catalog.ts';
import { langAttr, localized, markers, segments, userTextLang } from './localized.ts';

describe('localized', () => {
	it('takes the column of the user’s language, else the other one with its language', () => {
		expect(localized('en', '驿站', 'Station')).toEqual({ text: 'Station', lang: 'en' });
		expect(localized('en', '驿站', null)).toEqual({ text: '驿站', lang: 'zh-CN' });
		expect(localized('zh-CN', '驿站', 'Station')).toEqual({ text: '驿站', lang: 'zh-CN' });
		expect(localized('zh-CN', null, 'Station')).toEqual({ text: 'Station', lang: 'en' });
		expect(langAttr(localized('en', '驿站', null), 'en')).toBe('zh-CN');
		expect(langAttr(localized('en', '驿站', 'Station'), 'en')).toBeUndefined();
	});

	it('marks free text by its script', () => {
		expect(userTextLang('路灯不亮', 'en')).toBe('zh-CN');
		expect(userTextLang('路灯不亮', 'zh-CN')).toBeUndefined();
		expect(userTextLang('Lights out', 'zh-CN')).toBe('en');
	});
});

describe('segments', () => {
	it('keeps the translator’s order and marks values in the other language', () => {
		const params = { reason: localized('en', '大风预警', null) };
		const fill = translate('en', 'events.cancelledBecause', markers(params));
		expect(segments(fill, params, 'en')).toEqual([
			{ text: 'Cancelled: ' },
			{ text: '大风预警', lang: 'zh-CN' }
		]);
		const zh = translate('zh-CN', 'events.live.time', markers({ when: 'x', where: 'y' }));
		expect(
			segments(zh, { when: '12月17日', where: localized('zh-CN', '驿站', null) }, 'zh-CN')
		).toEqual([
			{ text: '时间改为 ' },
			{ text: '12月17日' },
			{ text: '，地点：' },
			{ text: '驿站' }
		]);
	});

	it('takes a value that is itself made of segments', () => {
		const answers = [
			{ text: 'Light meals' },
			{ text: ' or ' },
			{ text: '饮品', lang: 'zh-CN' as const }
		];
		const params = { question: 'What kind?', answers };
		const fill = translate('en', 'checklist.cond.is', markers(params));
		expect(segments(fill, params, 'en')).toEqual([
			{ text: 'What kind?' },
			{ text: ' ' },
			...answers
		]);
	});
});
