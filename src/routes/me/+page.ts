import { useMessages } from '#lib/i18n/catalog.ts';
import messages from '#lib/i18n/messages/zh-CN/me.ts';

export const load = () => useMessages('me', messages);
