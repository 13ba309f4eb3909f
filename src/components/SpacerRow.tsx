// The room a windowed table leaves for the rows it does not render, above or below the ones it does.
// Its height is an inline style: as `sx`, every height scrolled to would add a CSS rule to the page for good.
export function SpacerRow({ height }: { height: number }) {
  return height > 0 ? <tr aria-hidden="true" style={{ height }} /> : null;
}
