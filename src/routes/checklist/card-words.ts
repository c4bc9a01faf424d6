// The card's sentences: who a step applies to (its questionnaire rule in words) and how long it takes.
import type { I18n } from '#lib/i18n/i18n.svelte.ts';
import type { AnswerText, ConditionText, Duration, Label } from '#lib/checklist/card.ts';
import { localized, markers, segments, type Segment } from '#lib/components/localized.ts';

function label(i18n: I18n, value: Label): Segment {
	const text = localized(i18n.locale, value.zh, value.en);
	return text.lang === i18n.locale ? { text: text.text } : { text: text.text, lang: text.lang };
}

function answer(i18n: I18n, value: AnswerText): Segment {
	if ('label' in value) return label(i18n, value.label);
	if ('yes' in value)
		return { text: i18n.t(value.yes ? 'checklist.answer.yes' : 'checklist.answer.no') };
	return { text: value.value };
}

function join(parts: Segment[][], separator: string): Segment[] {
	return parts.flatMap((part, i) => (i === 0 ? part : [{ text: separator }, ...part]));
}

export function conditionWords(i18n: I18n, condition: ConditionText): Segment[] {
	switch (condition.op) {
		case 'is': {
			const params = {
				question: [label(i18n, condition.question)],
				answers: join(
					condition.answers.map((a) => [answer(i18n, a)]),
					i18n.t('checklist.cond.or')
				)
			};
			return segments(i18n.t('checklist.cond.is', markers(params)), params, i18n.locale);
		}
		case 'atLeast':
		case 'below': {
			const params = { question: [label(i18n, condition.question)], n: condition.value };
			const key = condition.op === 'atLeast' ? 'checklist.cond.atLeast' : 'checklist.cond.below';
			return segments(i18n.t(key, markers(params)), params, i18n.locale);
		}
		case 'not': {
			const params = { condition: conditionWords(i18n, condition.part) };
			return segments(i18n.t('checklist.cond.not', markers(params)), params, i18n.locale);
		}
		case 'all':
		case 'any':
			return join(
				condition.parts.map((part) => conditionWords(i18n, part)),
				i18n.t(condition.op === 'all' ? 'checklist.cond.and' : 'checklist.cond.or')
			);
	}
}

export function durationWords(i18n: I18n, duration: Duration): string {
	switch (duration.kind) {
		case 'none':
			return i18n.t('checklist.days.none');
		case 'exact':
			return i18n.t('checklist.days.exact', { count: duration.days });
		case 'upTo':
			return i18n.t('checklist.days.upTo', { count: duration.days });
		case 'range':
			return i18n.t('checklist.days.range', { min: duration.min, max: duration.max });
	}
}

/** A 'YYYY-MM-DD' review date as the user reads dates ("2026年11月21日"). */
export function reviewedOn(i18n: I18n, date: string): string {
	// Noon in Shanghai: the same calendar day whatever the formatter's rounding.
	return i18n.date(new Date(`${date}T12:00:00+08:00`));
}
