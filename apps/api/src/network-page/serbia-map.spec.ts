import { insideSerbia, project, serbiaMapSvg, TOWNS } from './serbia-map';

describe('serbia map', () => {
  it.each(Object.entries(TOWNS))('places %s inside the outline of Serbia', (_town, { lon, lat }) => {
    expect(insideSerbia(lon, lat)).toBe(true);
  });

  it('leaves the neighbours’ capitals and border towns outside it', () => {
    const outside = { Budapest: [19.04, 47.5], Timișoara: [21.23, 45.75], Sofia: [23.32, 42.7], Skopje: [21.43, 42.0], Sarajevo: [18.41, 43.86], Podgorica: [19.26, 42.44], Vukovar: [19.0, 45.35], Vidin: [22.88, 43.99] };
    for (const [lon, lat] of Object.values(outside)) expect(insideSerbia(lon, lat)).toBe(false);
  });

  it('keeps real distances: Niš lies east and south of Belgrade by the right proportions', () => {
    const belgrade = project(TOWNS.Beograd.lon, TOWNS.Beograd.lat);
    const nis = project(TOWNS['Niš'].lon, TOWNS['Niš'].lat);
    // About 114 km east and 163 km south: the map keeps that ratio within a few percent.
    expect((nis.x - belgrade.x) / (nis.y - belgrade.y)).toBeCloseTo(114 / 163, 1);
  });

  it('draws a marker and a name for each known town, escapes names, and carries no script or style attribute', () => {
    const svg = serbiaMapSvg(['Niš', 'Beograd', 'Atlantis'], { english: true, title: 'Map <of> Serbia', description: 'Towns' });
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain('>Belgrade</text>');
    expect(svg).toContain('>Niš</text>');
    expect(svg).toContain('<title id="map-title">Map &lt;of&gt; Serbia</title>');
    expect(svg).not.toMatch(/<script|style=|on[a-z]+=/i);
  });
});
