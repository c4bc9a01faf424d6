// supabase-js is imported first so that SvelteKit lists it among the page's preloads (first-load.e2e.ts).
import { createClient } from '@supabase/supabase-js';
import { useMessages } from '#lib/i18n/catalog.ts';
import { handOverSupabase } from '#lib/supabase/client.ts';
import messages from '#lib/i18n/messages/zh-CN/events.ts';

// The page is its data: supabase-js downloads with the route's own code (see handOverSupabase).
handOverSupabase({ createClient });

export const load = () => useMessages('events', messages);
