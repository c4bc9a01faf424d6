// The map's words come in this route's chunk (the place sheet's come with the sheet).
import { useMessages } from '#lib/i18n/catalog.ts';
import messages from '#lib/i18n/messages/zh-CN/map.ts';

export const load = () => useMessages('map', messages);
