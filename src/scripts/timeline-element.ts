// <tb-timeline>: moves the highlighted band to the current step's dates and dims other events.
// Positions are linear in time between the two dates the server wrote on the element.
export class TbTimeline extends HTMLElement {
  setRange(from: string, to: string) {
    const start = this.dataset.from ?? '';
    const end = this.dataset.to ?? '';
    const band = this.querySelector<SVGRectElement>('.timeline-band');
    const axis = this.querySelector<SVGLineElement>('.timeline-axis');
    if (!band || !axis) return;
    const x0 = Number(axis.getAttribute('x1'));
    const x1 = Number(axis.getAttribute('x2'));
    const t = (iso: string) => Date.parse(iso);
    const x = (iso: string) => x0 + ((Math.min(Math.max(t(iso), t(start)), t(end)) - t(start)) / (t(end) - t(start))) * (x1 - x0);
    const outside = to < start || from > end;
    band.classList.toggle('is-off', outside);
    band.setAttribute('x', x(from).toFixed(1));
    band.setAttribute('width', Math.max(2, x(to) - x(from)).toFixed(1));
    // Outside the strip's dates, "← Before the coup" or "After the withdrawal →" takes the row
    // of the month names.
    this.querySelector('.timeline-svg')?.classList.toggle('is-outside', outside);
    this.querySelector('.timeline-before')?.classList.toggle('is-off', !(to < start));
    this.querySelector('.timeline-after')?.classList.toggle('is-off', !(from > end));
    for (const mark of this.querySelectorAll<SVGElement>('.timeline-mark')) {
      const date = mark.dataset.date ?? '';
      mark.classList.toggle('is-dim', !outside && (date < from || date > to));
    }
  }
}
