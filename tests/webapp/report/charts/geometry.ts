// Helpers for chart tests: where Plot drew its marks, in the SVG's own coordinates.

export function svgSize(svg: Element): { width: number; height: number } {
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

/** The centres of the dots of a chart (circle cx/cy, or a translate() Plot puts on a dot's <g>). */
export function dotCentres(svg: Element): { x: number; y: number }[] {
  return [...svg.querySelectorAll('[aria-label="dot"] circle')].map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
}

/** Every number in a path's d attribute, as [x, y] pairs. */
export function pathPoints(path: Element): [number, number][] {
  const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  return points;
}

export function inside(point: { x: number; y: number }, size: { width: number; height: number }): boolean {
  return point.x >= 0 && point.x <= size.width && point.y >= 0 && point.y <= size.height;
}
