import { useMessages } from '#lib/i18n/catalog.ts';
import { preloadSupabase } from '#lib/supabase/client.ts';
import messages from '#lib/i18n/messages/zh-CN/events.ts';

// Event ids are not known at build time: the SPA shell (200.html) renders these pages.
export const prerender = false;

// The page's data needs supabase-js: its download starts as soon as this route's code runs, before
// the page's first render rather than after it.
preloadSupabase();

export const load = () => useMessages('events', messages);
