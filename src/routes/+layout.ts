// A client-rendered app: pages are prerendered as the app shell (the service worker precaches them) and
// render in the browser, where the language, the session and the map live.
export const ssr = false;
export const prerender = true;
