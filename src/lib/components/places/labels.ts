// The words for a place's hours ("营业中 · 21:30 打烊"), on the map's list and pins as in the sheet.
// The domain returns data; this picks the catalog messages for it.
import type { I18n } from '#lib/i18n/i18n.svelte.ts';
import { dayName, weekdayName } from '#lib/i18n/calendar.ts';
import type { LabelMoment, OpeningLabel } from '#lib/places/opening-label.ts';

type Words = Pick<I18n, 't' | 'locale' | 'age'>;

function dayOf(i18n: Words, moment: LabelMoment): string {
	if (moment.day === 'this_week') return weekdayName(i18n.locale, moment.weekday);
	const [year, month, day] = moment.date.split('-').map(Number);
	return dayName(i18n.locale, { year, month, day }, { style: 'short' });
}

/** "营业中 · 21:30 打烊", "7:00 开门", "24 小时营业", "明天 7:00 开门", "营业时间未知". */
export function openingText(i18n: Words, label: OpeningLabel): string {
	switch (label.kind) {
		case 'unknown':
			return i18n.t('place.hoursUnknown');
		case 'permanently_closed':
			return i18n.t('place.permanentlyClosed');
		case 'open_24h':
			return i18n.t('place.open24h');
		case 'open_until': {
			const { closes } = label;
			if (closes.day === 'today') return i18n.t('place.openUntil', { time: closes.time });
			if (closes.day === 'tomorrow')
				return i18n.t('place.openUntilTomorrow', { time: closes.time });
			return i18n.t('place.openUntilDay', { day: dayOf(i18n, closes), time: closes.time });
		}
		case 'closed':
			return i18n.t(label.notice ? 'place.status.closed_today' : 'place.closedForNow');
		case 'opens_at': {
			const { opens } = label;
			const text =
				opens.day === 'today'
					? i18n.t('place.opensAt', { time: opens.time })
					: opens.day === 'tomorrow'
						? i18n.t('place.opensTomorrow', { time: opens.time })
						: i18n.t('place.opensDay', { day: dayOf(i18n, opens), time: opens.time });
			return label.notice ? i18n.t('place.closedNotice', { opens: text }) : text;
		}
	}
}
