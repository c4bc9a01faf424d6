// Report ids are not known at build time: the SPA shell (200.html) renders these pages.
export const prerender = false;
