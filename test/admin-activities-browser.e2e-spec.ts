import { Browser, Page } from 'playwright-core';
import { ActivitiesService, ActivityType, Gender, InstitutionKind } from '@app/activities';
import { Organization } from '@app/organizations';
import { Indicator, StrategicGoal, StrategyPeriod } from '@app/strategy';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { checkPageEverywhere, expectAccessible } from './utils/page-checks';
import { startTestApp, TestApp } from './utils/test-app';

// Each page is checked in two languages at two widths with axe-core: longer than most tests.
jest.setTimeout(120_000);

describeInBrowser('activity review pages in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let shot: BrowserSession['shot'];

  beforeAll(async () => {
    t = await startTestApp('admin');
    ({ base, browser, page, shot } = await openBrowser(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows everything an activity records, with codes as words, and returns it with a comment from its detail page', async () => {
    const organizations = t.db.dataSource.getRepository(Organization);
    const paor = await organizations.findOneByOrFail({ shortName: 'PAOR' });
    const astra = await organizations.findOneByOrFail({ shortName: 'ASTRA' });
    const period = await t.db.dataSource.getRepository(StrategyPeriod).findOneByOrFail({ code: '2021-2024' });
    const goal = await t.db.dataSource.getRepository(StrategicGoal).findOneByOrFail({ periodId: period.id, code: '1' });
    const indicator = await t.db.dataSource.getRepository(Indicator).save({ goalId: goal.id, code: '1.1', position: 1, nameSr: 'Broj informisanih mladih', nameEn: 'Young people informed', unit: 'participants', baseline: 0, target: 1000 });
    const member = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka' });
    const asMember = { id: member.id, organizationId: paor.id, role: member.role };

    const activities = t.app.get(ActivitiesService);
    const created = await activities.create(asMember, {
      type: ActivityType.YOUTH_WORKSHOP,
      title: 'Radionica o bezbednom zapošljavanju',
      description: 'Radionica za učenike srednje škole o proveri ponuda za posao u inostranstvu.',
      startsOn: '2024-03-14',
      city: 'Zrenjanin',
      targetGroups: [],
      participantsTotal: 27,
      participants: [
        { gender: Gender.FEMALE, ageBand: '15_17', count: 15 },
        { gender: Gender.MALE, ageBand: '15_17', count: 10 },
        { gender: Gender.FEMALE, ageBand: '30_PLUS', count: 2 },
      ],
      goalIds: [goal.id],
      indicatorValues: [{ indicatorId: indicator.id, value: 25 }],
      coOrganizerIds: [astra.id],
      institutions: [{ kind: InstitutionKind.SCHOOL, name: 'Zrenjaninska gimnazija' }],
      attachments: [{ url: 'https://example.org/izvestaj', title: 'Izveštaj sa radionice' }],
      mediaOutlets: 2,
      mediaAudience: 5000,
    });
    await activities.submit(asMember, created.id);
    const other = await t.factory.newActivity({ organization: astra, status: 'SUBMITTED' as never, type: ActivityType.LECTURE, title: 'Predavanje u Beogradu' });

    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);

    // The queue, filtered by organization: only PAOR's activity, its type in words.
    await page.goto(`${base}/activities/review`);
    expect(await page.locator('#review-queue tbody tr').count()).toBe(2);
    await page.selectOption('#filter-organization', paor.id);
    await Promise.all([page.waitForURL(/organizationId=/), page.click('#apply-filters')]);
    expect(await page.locator('#review-queue tbody tr').count()).toBe(1);
    expect(await page.textContent(`tr[data-activity="${created.id}"]`)).toContain('Radionica za mlade');
    expect(await page.textContent('#review-queue')).not.toContain('YOUTH_WORKSHOP');
    await page.selectOption('#filter-organization', '');
    await page.selectOption('#filter-type', ActivityType.LECTURE);
    await Promise.all([page.waitForURL(/type=LECTURE/), page.click('#apply-filters')]);
    expect(await page.locator('#review-queue tbody tr').count()).toBe(1);
    expect(await page.textContent('#review-queue')).toContain('Predavanje u Beogradu');
    await page.goto(`${base}/activities/review?goalId=${goal.id}`);
    expect(await page.locator('#review-queue tbody tr').count()).toBe(1);
    expect(await page.textContent('#review-queue')).toContain('Radionica o bezbednom zapošljavanju');
    await shot('review-queue-filtered');

    // The detail: the facts, the participants grid with totals, goals, indicators, partners, reach, links, history.
    await Promise.all([page.waitForURL(new RegExp(`/activities/${created.id}`)), page.click(`tr[data-activity="${created.id}"] a[href^="/activities/${created.id}"]`)]);
    expect(await page.textContent('#activity-title')).toBe('Radionica o bezbednom zapošljavanju');
    expect(await page.textContent('#activity-type')).toBe('Radionica za mlade');
    expect(await page.textContent('#activity-status')).toBe('čeka pregled');
    expect(await page.textContent('#activity-description')).toContain('proveri ponuda za posao');
    expect(await page.textContent('#participants-total')).toBe('27');
    expect(await page.textContent('#participants-grid thead')).toContain('Žene');
    expect(await page.textContent('#activity-goals')).toContain('Broj informisanih mladih: 25');
    expect(await page.textContent('#activity-co-organizers')).toBe('ASTRA');
    expect(await page.textContent('#activity-institutions')).toContain('Zrenjaninska gimnazija (Škola)');
    expect(await page.textContent('#media-audience')).toMatch(/5\.000/);
    expect(await page.getAttribute('#activity-links a', 'href')).toBe('https://example.org/izvestaj');
    expect(await page.textContent('#activity-history')).toContain('aktivnost predata na pregled');
    await expectAccessible(page);
    await shot('activity-detail');

    // Returning needs a comment: too short, refused and kept; then returned with it.
    await page.fill('#comment', 'x');
    await page.evaluate("document.querySelector('#comment').removeAttribute('minlength')");
    await Promise.all([page.waitForLoadState('load'), page.click('#return')]);
    expect(await page.textContent('#error')).toContain('bar 3 znaka');
    const [unchanged] = await t.db.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [created.id]);
    expect(unchanged.status).toBe('SUBMITTED');
    await page.fill('#comment', 'Dodajte broj nastavnika među učesnicima.');
    await Promise.all([page.waitForURL(/done=returned/), page.click('#return')]);
    expect(await page.textContent('#notice')).toBe('Aktivnost je vraćena organizaciji.');
    expect(await page.textContent('#activity-status')).toBe('vraćena na doradu');
    expect(await page.textContent('#activity-review-comment')).toBe('Dodajte broj nastavnika među učesnicima.');
    const [row] = await t.db.dataSource.query(`SELECT status, review_comment FROM activities WHERE id = $1`, [created.id]);
    expect(row).toEqual({ status: 'RETURNED', review_comment: 'Dodajte broj nastavnika među učesnicima.' });
    expect(await page.locator('#decision').count()).toBe(0);

    // Approving from the other one's detail page.
    await page.goto(`${base}/activities/${other.id}?lang=en`);
    expect(await page.textContent('#activity-type')).toBe('Lecture');
    await Promise.all([page.waitForURL(/done=approved/), page.click('#approve')]);
    expect(await page.textContent('#notice')).toBe('The activity is approved.');
    expect(await page.textContent('#activity-status')).toBe('approved');

    // All activities, any status, with the same filters.
    await page.goto(`${base}/activities?lang=en`);
    expect(await page.textContent('#activity-count')).toBe('2');
    await page.selectOption('#filter-status', 'RETURNED');
    await Promise.all([page.waitForURL(/status=RETURNED/), page.click('#apply-filters')]);
    expect(await page.locator('#activity-list tbody tr').count()).toBe(1);
    expect(await page.textContent('#activity-list')).toContain('returned for changes');

    await checkPageEverywhere(page, `${base}/activities/${created.id}`, 'activity-detail', shot);
    await checkPageEverywhere(page, `${base}/activities/review`, 'review-queue', shot);
    await checkPageEverywhere(page, `${base}/activities`, 'activities-list', shot);
    // On a phone each activity is a card with everything in view: nothing to scroll sideways to reach.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${base}/activities?lang=en`);
    for (const cell of ['.status', 'td:nth-child(3)', 'a']) {
      const box = (await page.locator(`#activity-list tbody tr`).first().locator(cell).first().boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
  });
});
