// The benchmark's calibration page: a bare slider with no script, to show what the display alone costs.

/** Where the benchmark serves the page (never a path of the site). */
export const CALIBRATION_PATH = '/__bench/bare-slider/';

/**
 * A native range input and nothing else: its key-press-to-frame times are the floor every widget
 * shares, chiefly the wait for the display's next frame (up to 16.7 ms at 60 Hz).
 */
export const CALIBRATION_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bare slider</title></head>
<body><figure><label>Value <input type="range" min="0" max="100" value="50"></label></figure></body>
</html>`;
