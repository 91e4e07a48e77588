import { describe, expect, it } from 'vitest';
import { searchableHtml } from '../../src/lib/search-html.ts';

const page = (body: string) =>
  `<!doctype html><html lang="es" dir="ltr"><head><meta charset="utf-8"><title>Una campaña</title>` +
  `<style>body{color:red}</style></head><body><header><nav>Menú</nav></header>${body}<footer>Pie</footer></body></html>`;

describe('the part of a page Pagefind reads', () => {
  it('keeps the language, the title and the marked element, and drops the rest', () => {
    expect(
      searchableHtml(page('<main><article data-pagefind-body><h1>Hola</h1></article><aside>Otras</aside></main>')),
    ).toBe(
      '<html lang="es" dir="ltr"><head><title>Una campaña</title></head><body><article data-pagefind-body><h1>Hola</h1></article></body></html>',
    );
  });

  it('follows nested elements of the same name to the marked one’s end', () => {
    const body = '<div data-pagefind-body><div class="a"><div>uno</div></div><p>dos</p></div><div>fuera</div>';
    expect(searchableHtml(page(body))).toContain(
      '<body><div data-pagefind-body><div class="a"><div>uno</div></div><p>dos</p></div></body>',
    );
  });

  it('keeps every marked element, in order', () => {
    const body = '<section data-pagefind-body>uno</section><p>no</p><section data-pagefind-body>dos</section>';
    expect(searchableHtml(page(body))).toContain(
      '<body><section data-pagefind-body>uno</section><section data-pagefind-body>dos</section></body>',
    );
  });

  it('keeps attributes beside the marker, and filters and metadata inside', () => {
    const body =
      '<article class="x" data-pagefind-body data-pagefind-weight="2"><span data-pagefind-filter="state">GA</span></article>';
    expect(searchableHtml(page(body))).toContain(`<body>${body}</body>`);
  });

  it('has nothing for a page without the marker, which Pagefind leaves out', () => {
    expect(searchableHtml(page('<main><p>the words data-pagefind-body in text</p></main>'))).toBeUndefined();
  });

  it('hands over the whole page where the marked element is never closed', () => {
    const html = page('<article data-pagefind-body><p>sin cierre</p>');
    expect(searchableHtml(html)).toBe(html);
  });
});
