// <tb-timeline>: moves the highlighted band to the current step's dates and dims other events.
// The band's position is the server's (a step's data-band, src/lib/timeline/strip-layout.ts):
// the browser rebuilds no scale, it only compares ISO dates, whose string order is date order.
export class TbTimeline extends HTMLElement {
  /** `band`: "x width", with " off" when the range lies outside the strip. */
  setRange(from: string, to: string, band: string) {
    const start = this.dataset.from ?? '';
    const end = this.dataset.to ?? '';
    const rect = this.querySelector<SVGRectElement>('.timeline-band');
    const [x = '', width = '', off] = band.split(' ');
    if (!rect || !x || !width) return;
    const outside = off === 'off';
    rect.classList.toggle('is-off', outside);
    rect.setAttribute('x', x);
    rect.setAttribute('width', width);
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
