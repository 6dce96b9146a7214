import { guardFormulas, unguardFormulas } from './formula-guard';

describe(guardFormulas.name, () => {
  it.each([
    ['=1+1', "'=1+1"],
    ["Radionica;=cmd|' /C calc'!A0;x", "Radionica;'=cmd|' /C calc'!A0;x"],
    ['Tribina, =HYPERLINK("x")', `Tribina, '=HYPERLINK("x")`],
    ['a;+1,-2;@x', "a;'+1,'-2;'@x"],
    ['\t=1', "'\t=1"],
    ['Radionica o bezbednosti - uvod', 'Radionica o bezbednosti - uvod'],
    ['2024-03-14', '2024-03-14'],
  ])('guards %j as %j, and reading it back gives the text again', (text, guarded) => {
    expect(guardFormulas(text)).toBe(guarded);
    expect(unguardFormulas(guardFormulas(text))).toBe(text);
  });

  it('leaves no cell starting like a formula however the text is split on ; or ,', () => {
    const guarded = guardFormulas("x;=a, +b ;-c,@d;\te");
    for (const cell of guarded.split(/[;,]/)) expect(cell).not.toMatch(/^ *[=+\-@\t\r]/);
  });
});
