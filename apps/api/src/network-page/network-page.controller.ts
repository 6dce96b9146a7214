import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Logger, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { PublicFiguresService } from '@app/activities';
import { isDatabaseUnavailable, Language, localize } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { NETWORK_PAGE_PATHS, NETWORK_PAGE_STYLESHEET, renderNetworkPage } from './network-page';

/** How long the page is kept, here and in browsers and proxies: it is public and changes slowly. */
export const NETWORK_PAGE_MAX_AGE_SECONDS = 60;

/** Nothing runs on the page and nothing comes from elsewhere: its own stylesheet, and inline SVG. */
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * When the page cannot be made (the database is away, a bug): a short page in its language, 503 or 500,
 * never kept by caches; the error is logged with the request id, and nothing of it reaches the reader.
 */
@Catch()
export class NetworkPageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('NetworkPage');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<FastifyRequest>();
    const res = host.switchToHttp().getResponse<FastifyReply>();
    const unavailable = isDatabaseUnavailable(exception);
    this.logger.error({ err: exception, requestId: req.id }, 'The public network page could not be made');
    if (res.raw.headersSent) return void res.raw.destroy();
    const english = req.url.startsWith('/en/');
    res.status(unavailable ? 503 : 500);
    if (unavailable) res.header('Retry-After', '30');
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.header('Cache-Control', 'no-store');
    res.header('Content-Security-Policy', CSP);
    const [title, text] = english
      ? ['The page is not available', 'Please try again in a moment. For help, call the ASTRA SOS hotline: 011 33 47 817 (0800 101 201 free from Serbia).']
      : ['Stranica trenutno nije dostupna', 'Pokušajte ponovo za nekoliko trenutaka. Za pomoć pozovite ASTRA SOS telefon: 011 33 47 817 (besplatno iz Srbije 0800 101 201).'];
    res.send(`<!DOCTYPE html>\n<html lang="${english ? 'en' : 'sr-Latn'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="${NETWORK_PAGE_STYLESHEET}"></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>\n`);
  }
}

/**
 * The network's public page, without signing in (strategic goal 4, visibility): `GET /network` in
 * Serbian, `GET /en/network` in English, rendered on the server so that it reads, and is indexed,
 * without JavaScript. Members and their towns on a map, the hotlines, approved prevention work in
 * figures (no names, no small counts) and the latest public events.
 */
@Controller()
@UseFilters(NetworkPageErrorFilter)
export class NetworkPageController {
  private readonly pages = new LRUCache<Language, Promise<string>>({ max: 2, ttl: NETWORK_PAGE_MAX_AGE_SECONDS * 1000 });
  private stylesheet?: Promise<Buffer>;

  constructor(
    private readonly organizations: OrganizationsService,
    private readonly figures: PublicFiguresService,
  ) {}

  @Get(NETWORK_PAGE_PATHS[Language.SR])
  serbian(@Res() res: FastifyReply): Promise<void> {
    return this.send(res, Language.SR);
  }

  @Get(NETWORK_PAGE_PATHS[Language.EN])
  english(@Res() res: FastifyReply): Promise<void> {
    return this.send(res, Language.EN);
  }

  @Get(NETWORK_PAGE_STYLESHEET)
  async css(@Res() res: FastifyReply): Promise<void> {
    this.stylesheet ??= readFile(join(__dirname, '..', '..', 'public', 'network.css'));
    res.header('Content-Type', 'text/css; charset=utf-8');
    res.header('Cache-Control', 'public, max-age=3600');
    res.header('X-Content-Type-Options', 'nosniff');
    res.send(await this.stylesheet);
  }

  private async send(res: FastifyReply, language: Language): Promise<void> {
    let page = this.pages.get(language);
    if (!page) {
      page = this.render(language);
      this.pages.set(language, page);
      // A failure is not kept: the next request tries again.
      page.catch(() => this.pages.get(language) === page && this.pages.delete(language));
    }
    const html = await page;
    res.header('Content-Type', 'text/html; charset=utf-8');
    res.header('Content-Language', language);
    res.header('Cache-Control', `public, max-age=${NETWORK_PAGE_MAX_AGE_SECONDS}`);
    res.header('Content-Security-Policy', CSP);
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.status(200).send(html);
  }

  private async render(language: Language): Promise<string> {
    const [{ edges }, years, events] = await Promise.all([
      this.organizations.list({ filter: { networkCode: 'AT', active: true }, first: 50 }),
      this.figures.approvedWorkByYear(),
      this.figures.latestPublicEvents(10),
    ]);
    const members = edges.map(({ node }) => ({ shortName: node.shortName, name: localize(language, node.nameSr, node.nameEn), town: node.city, website: node.website }));
    return renderNetworkPage({ members, years, events }, language);
  }
}
