import { useMessages } from '#lib/i18n/catalog.ts';
import messages from '#lib/i18n/messages/zh-CN/report.ts';

// Report ids are not known at build time: the SPA shell (200.html) renders these pages.
export const prerender = false;

export const load = () => useMessages('report', messages);
