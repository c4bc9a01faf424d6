import { useMessages } from '#lib/i18n/catalog.ts';
import { preloadSupabase } from '#lib/supabase/client.ts';
import messages from '#lib/i18n/messages/zh-CN/me.ts';

// The page's data needs supabase-js: its download starts as soon as this route's code runs, before
// the page's first render rather than after it.
preloadSupabase();

export const load = () => useMessages('me', messages);
