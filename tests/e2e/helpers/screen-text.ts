// Finds text a reader must never see: NaN, Infinity or undefined, inline event handlers, and
// negative prices, in the rendered page (notices that quote a bad link value are left out).
import type { Page } from '@playwright/test';

/**
 * One line per problem in the page: "NaN/Infinity/undefined" in text or in attributes people
 * hear (aria-label, title, alt, aria-valuetext, value), any `on…` attribute (nothing on the site
 * uses inline handlers, so one means markup was injected), and a price shown as negative.
 */
export async function screenTextProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const bad = /\b(NaN|-?Infinity|undefined)\b/;
		const around = (text: string, at: number): string =>
			text
				.slice(Math.max(0, at - 40), at + 40)
				.replace(/\s+/g, ' ')
				.trim();

		// Notices quote what the link said (as text), so "“NaN” is not a number" is expected there.
		const body = document.body.cloneNode(true) as HTMLElement;
		for (const skipped of body.querySelectorAll('script, style, template, noscript, .notice')) {
			skipped.remove();
		}
		const text = body.textContent;
		const found = bad.exec(text);
		if (found !== null) problems.push(`text: …${around(text, found.index)}…`);

		for (const element of document.body.querySelectorAll('*')) {
			if (element.closest('.notice') !== null) continue;
			for (const attribute of element.attributes) {
				if (/^on/i.test(attribute.name)) {
					problems.push(`inline handler: <${element.tagName.toLowerCase()} ${attribute.name}>`);
				}
				const heard = ['aria-label', 'title', 'alt', 'aria-valuetext', 'value'];
				if (heard.includes(attribute.name) && bad.test(attribute.value)) {
					problems.push(`${attribute.name}="${attribute.value.slice(0, 80)}"`);
				}
			}
		}

		// A price is never negative: a line naming a price (not a move or distance of one)
		// followed by a minus-signed amount of money, on the same line or the next (label and value
		// often sit in separate cells).
		const lines = document.body.innerText
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '');
		const money = /^(?:[−-]\s*[$€£]\s*\d|[$€£]\s*[−-]\s*\d)/;
		const priceThenMoney =
			/\bprices?\b\s*[:=]?\s*(?:is |of |at )?(?:[−-]\s*[$€£]\s*\d|[$€£]\s*[−-]\s*\d)/i;
		lines.forEach((line, i) => {
			if (
				!/\bprices?\b/i.test(line) ||
				/move|change|drop|fall|rise|shock|distance|gap|from/i.test(line)
			) {
				return;
			}
			const next = lines[i + 1] ?? '';
			if (priceThenMoney.test(line)) problems.push(`negative price: ${line.slice(0, 100)}`);
			else if (money.test(next)) {
				problems.push(`negative price: ${line.slice(0, 60)} / ${next.slice(0, 40)}`);
			}
		});
		return problems;
	});
}
