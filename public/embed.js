// Cascade embed loader: sizes each <iframe data-cascade-embed> to the height its widget reports.
// Add `<script src="https://…/embed.js" async></script>` once per page (more copies do no harm). It
// trusts only messages whose source is one of those iframes, reads a number from them, and
// evaluates nothing.
(function () {
	'use strict';
	if (window.cascadeEmbedLoader) return;
	window.cascadeEmbedLoader = true;
	var MIN_HEIGHT = 120;
	var MAX_HEIGHT = 20000;

	function frames() {
		return document.querySelectorAll('iframe[data-cascade-embed]');
	}

	// A widget reports its height when it loads, perhaps before this script ran: ask again.
	function askHeight(frame) {
		if (frame.contentWindow)
			frame.contentWindow.postMessage({ type: 'cascade:request-height' }, '*');
	}

	function prepare(frame) {
		if (frame.hasAttribute('data-cascade-ready')) return;
		frame.setAttribute('data-cascade-ready', '');
		if (!frame.style.width) frame.style.width = '100%';
		frame.style.border = '0';
		frame.addEventListener('load', function () {
			askHeight(frame);
		});
		askHeight(frame);
	}

	// The two formats widgets send: Cascade's JSON message and Pym.js's "pymxPYMx…" string.
	function heightFrom(data) {
		var value = null;
		if (data && typeof data === 'object' && data.type === 'cascade:resize') value = data.height;
		if (typeof data === 'string' && data.indexOf('pymxPYMx') === 0) {
			var parts = data.split('xPYMx');
			if (parts[2] === 'height') value = Number(parts[3]);
		}
		if (typeof value !== 'number' || !isFinite(value)) return null;
		return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(value)));
	}

	window.addEventListener('message', function (event) {
		var height = heightFrom(event.data);
		if (height === null) return;
		frames().forEach(function (frame) {
			if (frame.contentWindow === event.source) frame.style.height = height + 'px';
		});
	});

	function start() {
		frames().forEach(prepare);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
