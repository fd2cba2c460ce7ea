// The flight canvas's worker: the page hands it the canvas (transferControlToOffscreen) and, at
// each take-off, the paint of the flight (./flight-draw.ts); then each frame's transform and
// marker fades. Frames are drawn at the worker's own animation frame, the latest one only, so a
// worker that falls behind skips frames instead of queueing them.
import { drawFlight, pathCache, type FlightMessage, type FlightPaint, type Symbol } from './flight-draw.ts';

let ctx: OffscreenCanvasRenderingContext2D | null = null;
let paint: FlightPaint | undefined;
let symbols: Symbol[] = [];
let next: Extract<FlightMessage, { type: 'frame' }> | undefined;
let scheduled = false;
const pathOf = pathCache();
/** When each frame was drawn (epoch ms), for the bench (src/cli/bench/scroll-flights.ts) to read. */
const drawn: number[] = [];
(globalThis as unknown as { flightFrames: number[] }).flightFrames = drawn;

function draw() {
  scheduled = false;
  const f = next;
  next = undefined;
  if (!ctx || !paint || !f) return;
  for (let i = 0; i < symbols.length; i++) {
    symbols[i]!.alpha = f.alpha[i] ?? 0;
    symbols[i]!.focus = f.focus[i] === 1;
  }
  drawFlight(ctx, paint, f.t, symbols, pathOf);
  drawn.push(performance.timeOrigin + performance.now());
  if (drawn.length > 4000) drawn.splice(0, 2000);
}

addEventListener('message', (e: MessageEvent<FlightMessage>) => {
  const m = e.data;
  if (m.type === 'canvas') {
    ctx = m.canvas.getContext('2d', { alpha: false });
    // Thrown, it reaches the page as the worker's error event: the page then draws the frames itself.
    if (!ctx) throw new Error('flight worker: no 2D context for the canvas');
  } else if (m.type === 'paint') {
    paint = m.paint;
    symbols = m.symbols;
    // Parsed now, between take-off and the first frame, rather than in it.
    for (const layer of paint.layers) pathOf(layer.d);
    for (const s of symbols) pathOf(s.d);
  } else {
    next = m;
    if (scheduled) return;
    scheduled = true;
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(draw);
    else setTimeout(draw, 0);
  }
});
