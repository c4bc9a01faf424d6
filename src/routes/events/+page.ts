import { useMessages } from '#lib/i18n/catalog.ts';
import messages from '#lib/i18n/messages/zh-CN/events.ts';

export const load = () => useMessages('events', messages);
