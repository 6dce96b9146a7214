import { renderMinutes } from './minutes-renderer';

describe(renderMinutes.name, () => {
  it('renders Markdown structure and keeps safe links', () => {
    const html = renderMinutes('# Zapisnik\n\n- **Odluka**: izveštaj do 1. aprila\n- [Prezentacija](https://example.org/p.pdf)');
    expect(html).toContain('<h1>Zapisnik</h1>');
    expect(html).toContain('<strong>Odluka</strong>');
    expect(html).toContain('<a href="https://example.org/p.pdf" rel="noopener noreferrer nofollow">Prezentacija</a>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src=x onerror=alert(1)>', /<img|<[^>]*onerror/i],
    ['a javascript: link', '[klik](javascript:alert(1))', /href="javascript:/i],
    ['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', /href="data:/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
  ])('lets %s not survive', (_, source, forbidden) => {
    expect(renderMinutes(source)).not.toMatch(forbidden);
  });
});
