// Every part of every language's messages, in place up front for unit tests: Node has nothing to
// download, and tests translate any key into any language synchronously. The app never imports this
// (it would put every page's words in one chunk): it loads parts as its routes need them (catalog.ts).
import { registerMessages, type Locale, type Part, type PartCatalog } from './catalog.ts';
import checklistEn from './messages/en/checklist.ts';
import eventsEn from './messages/en/events.ts';
import mapEn from './messages/en/map.ts';
import meEn from './messages/en/me.ts';
import placeEn from './messages/en/place.ts';
import reportEn from './messages/en/report.ts';
import shellEn from './messages/en/shell.ts';
import checklist from './messages/zh-CN/checklist.ts';
import events from './messages/zh-CN/events.ts';
import map from './messages/zh-CN/map.ts';
import me from './messages/zh-CN/me.ts';
import place from './messages/zh-CN/place.ts';
import report from './messages/zh-CN/report.ts';
import shell from './messages/zh-CN/shell.ts';

export const ALL_MESSAGES: Record<Locale, { [P in Part]: PartCatalog<P> }> = {
	'zh-CN': { shell, map, place, checklist, events, report, me },
	en: {
		shell: shellEn,
		map: mapEn,
		place: placeEn,
		checklist: checklistEn,
		events: eventsEn,
		report: reportEn,
		me: meEn
	}
};

for (const locale of Object.keys(ALL_MESSAGES) as Locale[]) {
	for (const messages of Object.values(ALL_MESSAGES[locale])) registerMessages(locale, messages);
}
