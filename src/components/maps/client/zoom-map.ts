/** Steps the reader can zoom a locator map by: each doubles the scale. */
const MAX_STEPS = 2;
const DOT_RADIUS = 5;

/**
 * <zoom-map>: + and − scale the locator SVG's viewBox around its site dot, keeping the view
 * inside the drawing; the dot keeps its size on screen.
 */
class ZoomMap extends HTMLElement {
  connectedCallback() {
    const svg = this.querySelector('svg');
    const buttons = this.querySelector<HTMLElement>('[data-zoom]');
    const dots = [...this.querySelectorAll<SVGCircleElement>('circle.loc-site')];
    const [dot] = dots;
    if (!svg || !buttons || !dot) return;
    const base = svg.viewBox.baseVal;
    const whole = { x: base.x, y: base.y, width: base.width, height: base.height };
    const centre = { x: dot.cx.baseVal.value, y: dot.cy.baseVal.value };
    let steps = 0;
    const zoomIn = buttons.querySelector<HTMLButtonElement>('[data-step="1"]')!;
    const zoomOut = buttons.querySelector<HTMLButtonElement>('[data-step="-1"]')!;
    const apply = () => {
      const scale = 2 ** steps;
      const width = whole.width / scale;
      const height = whole.height / scale;
      const x = Math.min(Math.max(centre.x - width / 2, whole.x), whole.x + whole.width - width);
      const y = Math.min(Math.max(centre.y - height / 2, whole.y), whole.y + whole.height - height);
      svg.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
      for (const circle of dots) circle.setAttribute('r', String(DOT_RADIUS / scale));
      zoomIn.disabled = steps >= MAX_STEPS;
      zoomOut.disabled = steps <= 0;
      this.dataset['zoom'] = String(scale);
    };
    buttons.addEventListener('click', (event) => {
      const step = Number((event.target as HTMLElement).closest('button')?.dataset['step'] ?? 0);
      steps = Math.min(MAX_STEPS, Math.max(0, steps + step));
      apply();
    });
    buttons.hidden = false;
  }
}

customElements.define('zoom-map', ZoomMap);
