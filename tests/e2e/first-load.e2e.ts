// What the prerendered pages ask the browser to fetch before any script runs. The pages made of data
// (the checklist, the events) list supabase-js among their preloaded modules, so the library downloads
// with the page's own code rather than after it; the map lists it not at all, so the map's first paint
// never waits for it. SvelteKit decides the list from the build's module graph (and skips a chunk it
// first meets as a dynamic import), so a change to how code is split can silently drop it: this checks
// the built pages.
//
// Kit's start entry is loaded first and handed the page's payload (its base path) before anything else
// is imported; a module it imports statically is evaluated before that, so it must read nothing of the
// payload. Grouping modules into fewer chunks once put `$app/paths` there and every unknown URL reloaded
// itself for ever; the last test checks the start entry's imports are modules without imports of their own.
import { expect, test, type APIRequestContext } from '@playwright/test';

async function preloadedScripts(request: APIRequestContext, route: string): Promise<string[]> {
	const html = await (await request.get(route)).text();
	const hrefs = [...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g)].map(
		(m) => m[1]
	);
	expect(hrefs.length).toBeGreaterThan(0);
	return Promise.all(
		hrefs.map(async (href) =>
			(await request.get(new URL(href, `http://x${route}`).pathname)).text()
		)
	);
}

/** supabase-js names itself in the X-Client-Info header it sends. */
const isSupabaseJs = (source: string) => /X-Client-Info.{0,40}supabase-js\//.test(source);

for (const route of ['/checklist', '/events']) {
	test(`${route} preloads supabase-js with its own code`, async ({ request }) => {
		const scripts = await preloadedScripts(request, route);
		expect(scripts.filter(isSupabaseJs)).toHaveLength(1);
	});
}

test('the map does not preload supabase-js', async ({ request }) => {
	const scripts = await preloadedScripts(request, '/');
	expect(scripts.filter(isSupabaseJs)).toHaveLength(0);
});

const staticImports = (source: string) =>
	[...source.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["'`]([^"'`]+)["'`]/g)].map(
		(m) => m[1]
	);

test('the start entry imports only modules that import nothing', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const start = /import\("\.\/(_app\/immutable\/entry\/start\.[\w-]+\.js)"\)/.exec(html)?.[1];
	expect(start).toBeTruthy();
	const source = await (await request.get(`/${start}`)).text();
	const imports = staticImports(source);
	expect(imports.length).toBeGreaterThan(0);
	for (const specifier of imports) {
		const url = new URL(specifier, `http://x/${start}`).pathname;
		const imported = await (await request.get(url)).text();
		expect(staticImports(imported), `${url} imports`).toEqual([]);
	}
});

// A page made of data holds the rest of the start-up (restoring the session; registering the service
// worker, which then downloads the whole app) until its rows have answered, so that on a slow network
// they do not share it with the first screen.
for (const [route, table] of [
	['/checklist', 'checklist_templates'],
	['/events', 'events'],
	['/report', 'feedback']
] as const) {
	test(`${route} registers the service worker only after its rows have answered`, async ({
		page
	}) => {
		// The rows take a while, as on a slow network (well within the page's limit on waiting).
		await page.route(`**/rest/v1/${table}?**`, async (route) => {
			const response = await route.fetch();
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.fulfill({ response });
		});
		const seen: string[] = [];
		page.on('response', (response) => {
			if (new URL(response.url()).pathname === `/rest/v1/${table}`) seen.push('rows');
		});
		// The worker's script is fetched by the browser, not the page: the context reports it.
		page.context().on('request', (request) => {
			if (new URL(request.url()).pathname === '/service-worker.js') seen.push('service worker');
		});
		await page.goto(route);
		await expect.poll(() => seen.includes('service worker')).toBe(true);
		expect(seen.indexOf('rows')).toBeGreaterThanOrEqual(0);
		expect(seen.indexOf('rows')).toBeLessThan(seen.indexOf('service worker'));
	});
}
