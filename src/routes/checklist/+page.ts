import { useMessages } from '#lib/i18n/catalog.ts';
import messages from '#lib/i18n/messages/zh-CN/checklist.ts';

export const load = () => useMessages('checklist', messages);
