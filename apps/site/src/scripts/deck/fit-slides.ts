// Type is sized in cqi, so a slide that fits at one size fits at every size: one scale per slide,
// measured once at the step with the most text (a quiz's revealed answer), holds for screen and print.
const MIN_SCALE = 0.5;

/** Shrinks the text of slides that would overflow their 16:9 box (sets --fit on .slide-inner). */
export function fitSlides(units: readonly HTMLElement[]): void {
  const saved = units.map((unit) => ({ hidden: unit.hidden, step: unit.dataset.step ?? '0' }));
  for (const unit of units) {
    unit.hidden = false;
    unit.dataset.step = String(Math.max(1, Number(unit.dataset.steps) || 1) - 1);
  }
  for (const unit of units) {
    const inner = unit.querySelector<HTMLElement>('.slide-inner');
    if (!inner) continue;
    inner.style.removeProperty('--fit');
    let scale = 1;
    for (let attempt = 0; attempt < 6 && inner.scrollHeight > inner.clientHeight + 1; attempt++) {
      scale = Math.max(MIN_SCALE, scale * Math.sqrt(inner.clientHeight / inner.scrollHeight) * 0.98);
      inner.style.setProperty('--fit', scale.toFixed(3));
      if (scale === MIN_SCALE) break;
    }
  }
  for (const [index, unit] of units.entries()) {
    const state = saved[index];
    if (!state) continue;
    unit.hidden = state.hidden;
    unit.dataset.step = state.step;
  }
}
