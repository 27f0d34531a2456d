// Addresses a worksheet needs: its own page, and the live link printed in its footer.
import { PREDICT_KEY } from '../../lib/predict';

/** Site-relative address of a chapter's worksheet page. */
export function worksheetPath(slug: string): string {
	return `/teach/${slug}/worksheet/`;
}

/**
 * The live link a worksheet prints: the scenario's page with the widget's own keys taken from the
 * worksheet's query when it has any (an instructor's setup), else the activity's scenario query;
 * `predict` adds predict mode. Other keys in the worksheet's query are left out.
 */
export function liveLink(
	scenario: string,
	worksheetSearch: URLSearchParams,
	widgetKeys: readonly string[],
	predict: boolean,
): string {
	const base = new URL(scenario, 'https://cascade.invalid');
	const own = widgetKeys.filter((key) => worksheetSearch.has(key));
	if (own.length > 0) {
		base.search = '';
		for (const key of own) base.searchParams.set(key, worksheetSearch.get(key) ?? '');
	}
	base.searchParams.delete(PREDICT_KEY);
	if (predict) base.searchParams.set(PREDICT_KEY, '1');
	return `${base.pathname}${base.search}`;
}
