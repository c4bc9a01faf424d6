-- Tables whose changes open pages receive live (Supabase Realtime postgres_changes). Realtime checks
-- each subscriber's SELECT policies per change, so a subscriber only hears of rows they could read:
-- a merchant's "toilet out of order today", verification and closure of places, report status and
-- public replies (internal notes reach staff only), event changes and one's own RSVP (promoted from
-- the waitlist).

alter publication supabase_realtime add table
	public.places,
	public.place_live_status,
	public.feedback,
	public.feedback_updates,
	public.events,
	public.rsvps;
