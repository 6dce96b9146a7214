import { Language, languageOf, localize } from './language';

const req = (header?: string) => ({
  acceptsLanguages: (...languages: string[]) => {
    // The negotiation itself is Express'; this stand-in mirrors it for the tags used here.
    if (!header) return languages[0];
    const wanted = header.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
    for (const tag of wanted) {
      const match = languages.find((l) => l.toLowerCase() === tag || tag.startsWith(`${l.toLowerCase()}-`));
      if (match) return match;
    }
    return false as const;
  },
});

describe(languageOf.name, () => {
  it('defaults to Serbian', () => {
    expect(languageOf(undefined)).toBe(Language.SR);
    expect(languageOf(req())).toBe(Language.SR);
    expect(languageOf(req('de'))).toBe(Language.SR);
  });

  it('picks English for English tags and Serbian for Serbian ones', () => {
    expect(languageOf(req('en-US'))).toBe(Language.EN);
    expect(languageOf(req('sr-Latn-RS'))).toBe(Language.SR);
  });
});

describe(localize.name, () => {
  it('picks the language and falls back to the other when one is missing', () => {
    expect(localize(Language.EN, 'Grad', 'City')).toBe('City');
    expect(localize(Language.SR, 'Grad', 'City')).toBe('Grad');
    expect(localize(Language.EN, 'Grad', null)).toBe('Grad');
    expect(localize(Language.SR, null, null)).toBeNull();
  });
});
