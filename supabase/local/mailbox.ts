// The local stack's outbox: every e-mail the auth service would send is kept here, printed to the console
// with its one-time code, and readable at /inbox (HTML) and /inbox/api/v1/messages (a Mailpit-like JSON
// subset, the shape the Supabase CLI's e-mail testing server offers).
import type { EmailDriver, EmailMessage } from '@supabase/lite';

export type MailRecord = {
	id: string;
	to: string;
	subject: string;
	text: string;
	html: string;
	code: string | null;
	sentAt: string;
};

const CODE = /\b(\d{6})\b/;

export class Mailbox implements EmailDriver {
	readonly #messages: MailRecord[] = [];
	readonly #limit: number;
	readonly #log: ((line: string) => void) | null;
	#seq = 0;

	constructor(opts: { limit?: number; log?: ((line: string) => void) | null } = {}) {
		this.#limit = opts.limit ?? 200;
		this.#log = opts.log ?? null;
	}

	async send(message: EmailMessage): Promise<void> {
		const text = message.text ?? stripTags(message.html ?? '');
		const record: MailRecord = {
			id: String(++this.#seq),
			to: message.to.toLowerCase(),
			subject: message.subject,
			text,
			html: message.html ?? '',
			code: CODE.exec(text)?.[1] ?? null,
			sentAt: new Date().toISOString()
		};
		this.#messages.push(record);
		if (this.#messages.length > this.#limit) this.#messages.shift();
		this.#log?.(
			`[mail] to ${record.to}: ${record.subject}${record.code ? ` — code ${record.code}` : ''}`
		);
	}

	list(to?: string): MailRecord[] {
		const want = to?.toLowerCase();
		return this.#messages.filter((m) => !want || m.to === want).reverse();
	}

	latestCode(to: string): string | null {
		return this.list(to).find((m) => m.code)?.code ?? null;
	}

	clear(): void {
		this.#messages.length = 0;
	}

	/** Serves /inbox, /inbox/api/v1/messages[?to=], /inbox/api/v1/message/:id; DELETE clears. */
	handle(request: Request, url: URL): Response {
		const rest = url.pathname.replace(/^\/inbox\/?/, '');
		if (request.method === 'DELETE' && rest === 'api/v1/messages') {
			this.clear();
			return new Response(null, { status: 204 });
		}
		if (rest === 'api/v1/messages') {
			const messages = this.list(url.searchParams.get('to') ?? undefined);
			return Response.json({ total: messages.length, messages });
		}
		const one = /^api\/v1\/message\/(\d+)$/.exec(rest);
		if (one) {
			const m = this.#messages.find((x) => x.id === one[1]);
			return m ? Response.json(m) : Response.json({ error: 'not found' }, { status: 404 });
		}
		if (rest === '')
			return new Response(this.#page(), {
				headers: { 'content-type': 'text/html; charset=utf-8' }
			});
		return Response.json({ error: 'not found' }, { status: 404 });
	}

	#page(): string {
		const rows = this.list()
			.map(
				(m) =>
					`<tr><td>${esc(m.sentAt)}</td><td>${esc(m.to)}</td><td>${esc(m.subject)}</td><td><b>${esc(m.code ?? '')}</b></td></tr>`
			)
			.join('');
		return `<!doctype html><meta charset="utf-8"><title>Local inbox</title>
<h1>Local inbox</h1><p>E-mails the local auth service sent (nothing leaves this machine).</p>
<table border="1" cellpadding="6"><tr><th>Sent</th><th>To</th><th>Subject</th><th>Code</th></tr>${rows}</table>`;
	}
}

function stripTags(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function esc(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
