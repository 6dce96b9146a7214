import { Language, languageOf, localize } from './language';

/** Only the headers are read, so a request of any server (Node's, Express's, Fastify's) will do. */
const req = (header?: string) => ({ headers: header === undefined ? {} : { 'accept-language': header } });

describe(languageOf.name, () => {
  it('defaults to Serbian', () => {
    expect(languageOf(undefined)).toBe(Language.SR);
    expect(languageOf(req())).toBe(Language.SR);
    expect(languageOf(req('de'))).toBe(Language.SR);
  });

  it('picks English for English tags and Serbian for Serbian ones', () => {
    expect(languageOf(req('en-US'))).toBe(Language.EN);
    expect(languageOf(req('sr-Latn-RS'))).toBe(Language.SR);
    expect(languageOf(req('hr, en;q=0.5'))).toBe(Language.SR);
  });

  it('follows the weights of a browser that lists both', () => {
    expect(languageOf(req('de-DE, en;q=0.9, sr;q=0.8'))).toBe(Language.EN);
    expect(languageOf(req('en;q=0.5, sr-Latn;q=0.9'))).toBe(Language.SR);
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
