// The text of a PDF that Chromium printed (page.pdf), read without any PDF package: enough for tests.
//
// Chromium (Skia) writes each font as a Type0 font with a ToUnicode map and shows text as hex
// glyph ids (`<0012003F> Tj`, `[<…> -12 <…>] TJ`) inside Flate-compressed content streams. This
// reads those three things and nothing else, so it is no general PDF reader.
import { constants, inflateSync } from 'node:zlib';

interface PdfObject {
	readonly dictionary: string;
	readonly stream: Buffer | null;
}

/** Every `N 0 obj … endobj` by object number, streams cut by their /Length and inflated. */
function objects(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString('latin1');
	const found = new Map<number, PdfObject>();
	const header = /(\d+) 0 obj\b/g;
	let match: RegExpExecArray | null;
	while ((match = header.exec(text)) !== null) {
		const begin = match.index + match[0].length;
		const end = text.indexOf('endobj', begin);
		const streamAt = text.indexOf('stream', begin);
		if (end < 0) break;
		if (streamAt < 0 || streamAt > end) {
			found.set(Number(match[1]), { dictionary: text.slice(begin, end), stream: null });
			continue;
		}
		const dictionary = text.slice(begin, streamAt);
		const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dictionary)?.[1] ?? Number.NaN);
		const from = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
		const raw = pdf.subarray(
			from,
			Number.isFinite(length) ? from + length : text.indexOf('endstream', from),
		);
		const stream = dictionary.includes('/FlateDecode')
			? inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH })
			: raw;
		found.set(Number(match[1]), { dictionary, stream });
		header.lastIndex = text.indexOf('endobj', from + raw.length);
	}
	return found;
}

/** A ToUnicode CMap as glyph id (hex) → text. */
function readCMap(source: string): Map<string, string> {
	const map = new Map<string, string>();
	const utf16 = (hex: string): string =>
		String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
	for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
			map.set((pair[1] ?? '').toUpperCase(), utf16(pair[2] ?? ''));
		}
	}
	for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const range of (block[1] ?? '').matchAll(
			/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
		)) {
			const low = parseInt(range[1] ?? '0', 16);
			const high = parseInt(range[2] ?? '0', 16);
			const first = parseInt(range[3] ?? '0', 16);
			const width = (range[1] ?? '').length;
			for (let code = low; code <= high; code++) {
				map.set(
					code.toString(16).toUpperCase().padStart(width, '0'),
					String.fromCharCode(first + code - low),
				);
			}
		}
	}
	return map;
}

/** Hex codes split into glyph codes as wide as the font's map uses (2 or 4 hex digits). */
function glyphCodes(hex: string, font: Map<string, string>): string[] {
	const width = font.keys().next().value?.length ?? 4;
	return hex.toUpperCase().match(new RegExp(`.{1,${String(width)}}`, 'g')) ?? [];
}

/** The text of every page in drawing order; a new text position (BT, Tm) starts a new word. */
export function pdfText(pdf: Buffer): string {
	const all = objects(pdf);
	const fonts = new Map<string, Map<string, string>>();
	for (const [number, object] of all) {
		const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object.dictionary)?.[1];
		const cmap = toUnicode === undefined ? undefined : all.get(Number(toUnicode))?.stream;
		if (cmap != null) fonts.set(`F${String(number)}`, readCMap(cmap.toString('latin1')));
	}
	let text = '';
	for (const object of all.values()) {
		if (object.stream === null || !/\bTf\b/.test(object.stream.toString('latin1'))) continue;
		let font = new Map<string, string>();
		const content = object.stream.toString('latin1');
		const ops = /\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]) TJ|<([0-9A-Fa-f]*)> Tj|\b(BT|Tm)\b/g;
		for (const op of content.matchAll(ops)) {
			if (op[1] !== undefined) font = fonts.get(op[1]) ?? new Map<string, string>();
			else if (op[4] !== undefined) text += ' ';
			else {
				const hexes =
					op[2] === undefined
						? [op[3] ?? '']
						: [...op[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1] ?? '');
				for (const hex of hexes) {
					for (const code of glyphCodes(hex, font)) text += font.get(code) ?? '';
				}
			}
		}
	}
	return text.replace(/\s+/g, ' ');
}
