// Turns a chart's live SVG into a standalone SVG file or a PNG, and downloads files (browser only).

/** Presentation properties copied from the page's CSS into the exported SVG's own attributes. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
] as const;

/** Size the exported image is drawn at (px): the viewBox's, or the element's box. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.viewBox.baseVal;
	if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
	const rect = svg.getBoundingClientRect();
	return { width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
}

/**
 * A standalone copy of the SVG: computed colours and fonts inlined (the page's custom properties do
 * not travel with the file), an explicit size, and the page background behind the drawing.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	originals.forEach((original, i) => {
		const target = copies[i];
		if (target === undefined) return;
		const computed = getComputedStyle(original);
		const inline = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`);
		target.setAttribute('style', inline.join(';'));
		target.removeAttribute('class');
	});
	const { width, height } = sizeOf(svg);
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
	copy.insertBefore(background, copy.firstChild);
	return new XMLSerializer().serializeToString(copy);
}

/** Draws standalone SVG text onto a canvas and encodes it as PNG at `scale` times its size. */
export async function svgToPng(
	svgText: string,
	width: number,
	height: number,
	scale = 2,
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (context === null) throw new Error('This browser cannot draw the image.');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) => {
			canvas.toBlob((blob) => {
				if (blob === null) reject(new Error('This browser could not encode the PNG.'));
				else resolve(blob);
			}, 'image/png');
		});
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** The PNG of a live SVG chart. */
export function chartPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const { width, height } = sizeOf(svg);
	return svgToPng(standaloneSvg(svg), width, height, scale);
}

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
