/**
 * A neutral grey strip standing in for the EU logo strip when the office has not uploaded
 * its own yet (Ustawienia): four empty fields, as many as the signs allowed in one line.
 * Shapes only, no text, so it needs no font and looks the same in Node and the browser.
 */
const FIELD_WIDTH = 340;
const GAP = (1600 - 4 * FIELD_WIDTH) / 5;

const fields = [0, 1, 2, 3]
  .map((i) => {
    const x = GAP + i * (FIELD_WIDTH + GAP);
    return `<rect x="${x}" y="30" width="${FIELD_WIDTH}" height="140" rx="10" fill="#e6e6e6" stroke="#bdbdbd" stroke-width="4"/>`;
  })
  .join('');

export const LOGO_STRIP_PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="200" viewBox="0 0 1600 200"><rect x="2" y="2" width="1596" height="196" fill="#f5f5f5" stroke="#cccccc" stroke-width="4"/>${fields}</svg>`;
