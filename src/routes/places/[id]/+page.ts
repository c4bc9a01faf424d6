// Place pages are for shared links: any id, so none is prerendered; the SPA shell (precached by the
// service worker) renders them, offline too.
export const prerender = false;
