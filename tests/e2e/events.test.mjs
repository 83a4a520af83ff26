// Events (posts with an [event] table): what a member sees on "Our work" and an event's page,
// the calendar files a calendar app reads (parsed by ical.js, a real iCalendar parser), and the
// schema.org data search engines read. The sub-path build carries the fixture events and is
// made as of 2026-06-01 12:00 UTC (scripts/test.sh), so some are upcoming and some past.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import {
  startSite, startSiteUnder, launchBrowser, openPage, gotoApp, axeViolations, sidewaysOverflow,
} from './harness.mjs';

const SUB_DIST = process.env.ITPO_DIST_SUBPATH;
const SITE_URL = process.env.ITPO_SUBPATH_SITE_URL;
// The build's "now", and a visitor's clock the day after it (before every fixture event).
const BUILT_AT = Number(process.env.ITPO_SUBPATH_BUILT_AT) * 1000;

const INFO = { slug: 'fixture-online-info-session', title: 'Fixture: an online information session' };
const MEETUP = { slug: 'fixture-summer-meetup', title: 'Fixture: «Ask us anything», summer edition; in person' };
const TOWN_HALL = { slug: 'fictional-town-hall', title: 'Fixture: a fictional town hall' };
const RENCONTRE = { slug: 'fixture-rencontre-d-ete', title: 'Fixture : « Rencontre d’été », à Toronto; événement fictif' };

let browser;
let site;
let base;
before(async () => {
  browser = await launchBrowser();
  site = await startSiteUnder(SUB_DIST);
  base = `${site.url}/itpo`;
});
after(async () => {
  await browser?.close();
  site?.stop();
});

/** A calendar file as served: its type, its raw text, and its events parsed by ical.js. */
async function calendarAt(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  const text = await res.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate?.toJSDate().toISOString(),
      url: v.getFirstPropertyValue('url'),
      stamp: v.getFirstPropertyValue('dtstamp').toJSDate().toISOString(),
    };
  });
  return { type: res.headers.get('content-type'), text, calendar, events };
}

test('each edition\'s feed holds its own events, at the right instants in winter and summer, text escaped', async () => {
  const en = await calendarAt(`${base}/events.ics`);
  assert.equal(en.type, 'text/calendar; charset=utf-8');
  assert.equal(en.calendar.getFirstPropertyValue('x-wr-calname'), 'ITPO events');
  const bySlug = Object.fromEntries(en.events.map((e) => [e.uid.replace(/^event-|@.*$/g, ''), e]));
  assert.deepEqual(Object.keys(bySlug).sort(), [TOWN_HALL.slug, INFO.slug, MEETUP.slug].sort());
  // 18:00 in Toronto: 23:00 UTC in winter (EST, -05:00), 22:00 UTC in summer (EDT, -04:00).
  assert.equal(bySlug[TOWN_HALL.slug].start, '2026-03-02T23:00:00.000Z');
  assert.equal(bySlug[TOWN_HALL.slug].end, '2026-03-03T00:30:00.000Z');
  assert.equal(bySlug[MEETUP.slug].start, '2026-07-15T22:00:00.000Z');
  assert.equal(bySlug[MEETUP.slug].end, '2026-07-16T00:00:00.000Z');
  assert.equal(bySlug[INFO.slug].start, '2026-06-10T16:00:00.000Z');
  // The comma, the semicolon and the guillemets come back as written.
  assert.equal(bySlug[MEETUP.slug].summary, MEETUP.title);
  assert.equal(bySlug[MEETUP.slug].location, 'Fictional Hall, 1 Example Street, Toronto');
  assert.equal(bySlug[INFO.slug].location, 'Online');
  assert.equal(bySlug[INFO.slug].description,
    "A made-up online event used only by the site's tests. Nothing in it happens.\n\nRegister or join: https://example.org/fictional-info-session");
  for (const [slug, e] of Object.entries(bySlug)) {
    assert.equal(e.url, `${SITE_URL}work/${slug}/`);
    // The UID is made from the post's file name and the site's host only: every build of the
    // same post gives the same one, so a calendar updates the event instead of adding a copy.
    assert.equal(e.uid, `event-${slug}@example.org`);
    assert.equal(e.stamp, new Date(BUILT_AT).toISOString());
  }
  // RFC 5545's form: CRLF line ends, no line over 75 octets.
  assert.ok(!/[^\r]\n/.test(en.text));
  for (const line of en.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

  const fr = await calendarAt(`${base}/fr/evenements.ics`);
  assert.equal(fr.type, 'text/calendar; charset=utf-8');
  assert.equal(fr.calendar.getFirstPropertyValue('x-wr-calname'), 'Événements de l’ITPO');
  assert.deepEqual(fr.events.map((e) => [e.summary, e.start, e.url]),
    [[RENCONTRE.title, '2026-07-16T22:00:00.000Z', `${SITE_URL}fr/nos-activites/${RENCONTRE.slug}/`]]);
});

test('a site without events still serves both feeds, as empty calendars, so a subscription never breaks', async () => {
  const bare = await startSite();
  try {
    for (const [file, name] of [['events.ics', 'ITPO events'], ['fr/evenements.ics', 'Événements de l’ITPO']]) {
      const feed = await calendarAt(`${bare.url}/${file}`);
      assert.equal(feed.type, 'text/calendar; charset=utf-8');
      assert.equal(feed.calendar.getFirstPropertyValue('x-wr-calname'), name);
      assert.deepEqual(feed.events, []);
      // Still one component, as RFC 5545's grammar asks (some apps refuse a calendar without).
      assert.equal(feed.calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), 'UTC');
    }
  } finally {
    bare.stop();
  }
});

test('an event\'s page says when and where, links its own calendar file, and carries its schema.org data', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${base}/work/${MEETUP.slug}/`);
  assert.equal(await page.locator('.event-facts dd time').innerText(), 'Wednesday 15 July 2026, 6:00 to 8:00 p.m. ET');
  assert.equal(await page.locator('.event-facts dd').nth(1).innerText(), 'Fictional Hall, 1 Example Street, Toronto');
  const link = page.locator('.event-calendar a');
  assert.equal(await link.innerText(), 'Add to my calendar (.ics file)');
  const own = await calendarAt(new URL(await link.getAttribute('href'), page.url()).href);
  assert.equal(own.events.length, 1);
  // Added to the member's own calendar, not made a calendar of its own.
  assert.equal(own.calendar.getFirstPropertyValue('x-wr-calname'), null);
  assert.equal(own.events[0].summary, MEETUP.title);
  assert.equal(own.events[0].start, '2026-07-15T22:00:00.000Z');
  const feed = await calendarAt(`${base}/events.ics`);
  assert.equal(own.events[0].uid, feed.events.find((e) => e.summary === MEETUP.title).uid);

  const data = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(data['@type'], 'Event');
  assert.equal(data.name, MEETUP.title);
  // The offset is that of the date: summer time in July.
  assert.equal(data.startDate, '2026-07-15T18:00:00-04:00');
  assert.equal(data.endDate, '2026-07-15T20:00:00-04:00');
  assert.equal(new Date(data.startDate).toISOString(), own.events[0].start);
  assert.equal(data.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.deepEqual(data.location, { '@type': 'Place', name: 'Fictional Hall, 1 Example Street, Toronto', address: 'Fictional Hall, 1 Example Street, Toronto' });
  assert.equal(data.organizer.name, 'Internationally Trained Physicians of Ontario');
  assert.equal(data.url, `${SITE_URL}work/${MEETUP.slug}/`);
  assert.equal(data.inLanguage, 'en-CA');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreignRequests, []);

  // An online event in winter: a virtual location at its link, winter's offset.
  await gotoApp(page, `${base}/work/${TOWN_HALL.slug}/`);
  const online = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(online.startDate, '2026-03-02T18:00:00-05:00');
  assert.equal(online.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.deepEqual(online.location, { '@type': 'VirtualLocation', url: 'https://example.org/fictional-town-hall' });
  // Over by the build's date: the page says so.
  assert.equal(await page.locator('.event-ended').innerText(), 'This event has ended.');
  await page.context().close();
});

test('Our work lists upcoming events first, soonest first, marks past ones, and says how to subscribe', async () => {
  const page = await openPage(browser, { javaScriptEnabled: false, allowed: [site.url] });
  await page.goto(`${base}/work/`);
  const items = page.locator('.post-item');
  assert.deepEqual((await items.locator('.post-title').allInnerTexts()).slice(0, 2), [INFO.title, MEETUP.title]);
  assert.equal(await items.nth(0).locator('.event-when').innerText(),
    'Upcoming event: Wednesday 10 June 2026, 12:00 to 1:00 p.m. ET, Online');
  assert.equal(await items.nth(1).locator('.event-status').innerText(), 'Upcoming event:');
  const townHall = page.locator('.post-item', { hasText: TOWN_HALL.title });
  assert.equal(await townHall.locator('.event-status').innerText(), 'Past event:');
  // News has no event line.
  assert.equal(await page.locator('.post-item', { hasText: 'Fixture note 01' }).locator('.event-when').count(), 0);
  const feed = page.locator('.calendar-feed');
  assert.equal(await feed.locator('h2').innerText(), 'Our events in your calendar');
  assert.equal(await feed.locator('a').getAttribute('href'), '/itpo/events.ics');
  assert.equal(await feed.locator('code').innerText(), `${SITE_URL}events.ics`);
  await page.context().close();

  const fr = await openPage(browser, { javaScriptEnabled: false, allowed: [site.url] });
  await fr.goto(`${base}/fr/nos-activites/`);
  assert.equal(await fr.locator('.post-item').first().locator('.event-when').innerText(),
    'Événement à venir\u00a0: jeudi 16 juillet 2026, de 18\u00a0h à 19\u00a0h\u00a030 (heure de l’Est), Salle fictive, 1 rue Exemple, Toronto');
  assert.equal(await fr.locator('.calendar-feed a').getAttribute('href'), '/itpo/fr/evenements.ics');
  assert.equal(await fr.locator('.calendar-feed a').innerText(), 'Agenda des événements de l’ITPO');
  await fr.context().close();
});

test('where the app runs, an event over by the visitor\'s clock is marked past, and one still to come is not', async () => {
  // Today, after every fixture event: the two the build called upcoming are now past.
  const today = await openPage(browser, { allowed: [site.url] });
  await gotoApp(today, `${base}/work/`);
  await today.waitForFunction(() => !document.querySelector('[data-ends]'));
  assert.deepEqual((await today.locator('.event-status').allInnerTexts()).slice(0, 2), ['Past event:', 'Past event:']);
  assert.deepEqual(await axeViolations(today), []);
  // Home, arrived at in place: its list is marked too.
  await today.locator('header a', { hasText: 'Home' }).first().click();
  await today.waitForURL(`${base}/`);
  await today.locator('section.latest .event-status').first().waitFor();
  await today.waitForFunction(() => !document.querySelector('[data-ends]'));
  assert.equal(await today.locator('section.latest .event-status').first().innerText(), 'Past event:');
  assert.deepEqual(today.errors, []);
  await today.context().close();

  // A visitor on 2 June 2026: the information session (10 June) is still to come. Only Date.now
  // is set (as the app reads the clock): Playwright's fake clock would take over the timers too.
  const visitorOn = async (at) => {
    const page = await openPage(browser, { allowed: [site.url] });
    await page.addInitScript((ms) => { Date.now = () => ms; }, new Date(at).getTime());
    await gotoApp(page, `${base}/work/`);
    return page;
  };
  const early = await visitorOn(BUILT_AT + 24 * 3600 * 1000);
  await early.waitForTimeout(300);
  assert.deepEqual((await early.locator('.event-status').allInnerTexts()).slice(0, 3),
    ['Upcoming event:', 'Upcoming event:', 'Past event:']);
  assert.deepEqual(early.errors, []);
  await early.context().close();
  // On 11 June it is over, and the summer meetup is not.
  const later = await visitorOn('2026-06-11T12:00:00Z');
  await later.waitForFunction(() => document.querySelectorAll('[data-ends]').length === 1);
  assert.deepEqual((await later.locator('.event-status').allInnerTexts()).slice(0, 2), ['Past event:', 'Upcoming event:']);
  assert.deepEqual(later.errors, []);
  await later.context().close();
});

test('at 320 px the event list and an event page fit without sideways scrolling', async () => {
  const page = await openPage(browser, { width: 320, height: 640, allowed: [site.url] });
  for (const p of ['/work/', `/work/${MEETUP.slug}/`, `/fr/nos-activites/${RENCONTRE.slug}/`]) {
    await gotoApp(page, `${base}${p}`);
    assert.equal(await sidewaysOverflow(page), 0, p);
  }
  await page.context().close();
});
