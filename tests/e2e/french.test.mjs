// The French edition as a francophone member meets it: every French page in
// French only (and every English page in English only), checked against the
// copy structures themselves; the language switch on every page; hreflang
// pairs that point both ways; and the join form sent in French.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  ROOT, startSite, startSiteUnder, startEndpoint, overlay, joinConfig, JOIN_DIST, launchBrowser, openPage,
  gotoApp, axeViolations,
} from './harness.mjs';
import { PAGES, EN_PAGES, FR_PAGES, langOf } from './pages.mjs';

const SUB_DIST = process.env.ITPO_DIST_SUBPATH;
const SITE_URL = process.env.ITPO_SUBPATH_SITE_URL;

/** Every string of each edition's copy, as the prerenderer's own structures list them. */
function copyStrings() {
  const out = execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--example', 'copy_strings'], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20,
  });
  const json = JSON.parse(out);
  const strings = (v) => (typeof v === 'string' ? [v] : Object.values(v ?? {}).flatMap(strings));
  return { 'en-CA': new Set(strings(json['en-CA'])), 'fr-CA': new Set(strings(json['fr-CA'])) };
}

let copy, endpoint, site, subSite, browser;
before(async () => {
  copy = copyStrings();
  endpoint = await startEndpoint();
  site = await startSite({
    dir: JOIN_DIST,
    overlayDir: overlay({ 'config.json': joinConfig(endpoint.joinUrl) }),
  });
  subSite = await startSiteUnder(SUB_DIST);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const s of [endpoint, site, subSite]) s?.stop();
});
beforeEach(() => endpoint.reset());

test('the copy lists are real: both editions have hundreds of strings, and most differ', () => {
  assert.ok(copy['en-CA'].size > 200 && copy['fr-CA'].size > 200, `${copy['en-CA'].size} ${copy['fr-CA'].size}`);
  assert.ok(copy['en-CA'].has('Send my membership request'));
  assert.ok(copy['fr-CA'].has('Envoyer ma demande d’adhésion'));
});

/**
 * The other edition's strings that show on a page, outside elements marked
 * with the other language (the language switch, names in English). Strings
 * both editions share ("Mission", "Ontario") and very short ones cannot tell.
 */
async function foreignStrings(page, lang) {
  const other = lang === 'fr-CA' ? 'en-CA' : 'fr-CA';
  const suspects = [...copy[other]].filter((s) => !copy[lang].has(s) && s.trim().length >= 4);
  const text = await page.evaluate((lang) => {
    const body = document.body.cloneNode(true);
    for (const el of body.querySelectorAll('[lang]')) if (!el.lang.startsWith(lang.slice(0, 2))) el.remove();
    const head = [document.title, document.querySelector('meta[name="description"]').content];
    const attrs = [...body.querySelectorAll('[aria-label],[alt],[title],[placeholder]')]
      .flatMap((el) => ['aria-label', 'alt', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
    // Each text node on its own line (a detached copy has no layout, so innerText would run
    // neighbouring elements' words together), hidden ones included.
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue);
    return [...texts, ...head, ...attrs].join('\n');
  }, lang);
  // Whole words only: "Mission" must not match inside "Soumission".
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return suspects.filter((s) => new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, 'u').test(text));
}

test('the check below finds the other edition when it is there: English text read as a French page', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/story/`);
  const found = await foreignStrings(page, 'fr-CA');
  for (const s of ['Our Story', 'Skip to main content', 'Home']) {
    assert.ok(found.includes(s), `${s} in ${found.join(' | ')}`);
  }
  assert.ok(found.some((s) => s.startsWith('At ITPO we recognise')), 'a whole paragraph');
  await page.context().close();
});

for (const p of PAGES) {
  test(`${p.path} shows no text of the other edition, and its switch leads to its twin`, async () => {
    const lang = langOf(p.path);
    const page = await openPage(browser, { allowed: [site.url] });
    await gotoApp(page, site.url + p.path);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(await foreignStrings(page, lang), []);
    // The switch: a plain link, named in its own language, to the same page in the other.
    const twin = (lang === 'fr-CA' ? EN_PAGES : FR_PAGES)[(lang === 'fr-CA' ? FR_PAGES : EN_PAGES).indexOf(p)];
    const other = lang === 'fr-CA' ? 'en-CA' : 'fr-CA';
    const link = page.locator('header a.lang-switch');
    assert.equal(await link.getAttribute('href'), twin.path);
    assert.equal(await link.getAttribute('hreflang'), other);
    assert.equal(await link.getAttribute('lang'), other);
    assert.equal(await link.innerText(), other === 'fr-CA' ? 'Français' : 'English');
    await link.click();
    await page.waitForURL(site.url + twin.path);
    await page.waitForFunction((t) => document.title === t, twin.title);
    assert.deepEqual(await page.locator('h1').allInnerTexts(), [twin.h1]);
    assert.equal(await page.evaluate(() => document.documentElement.lang), other);
    // The twin arrives as a page of its own edition, frame and head included.
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    assert.deepEqual(await foreignStrings(page, other), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the language switch is reached by keyboard, right after the home link, and loads the twin page', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/mission/`);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // home (logo)
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Français');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.url}/fr/mission/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Notre mission']);
  // A new page: the keyboard starts again from the top, at the French skip link.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Passer au contenu principal');
  await page.context().close();
});

test('hreflang pairs are reciprocal and absolute on every page, and the sitemap lists both editions', async () => {
  const base = `${subSite.url}/itpo`;
  const alternates = async (path) => {
    const html = await (await fetch(`${base}${path}`)).text();
    return Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)]
      .map(([, lang, href]) => [lang, href]));
  };
  for (const [i, en] of EN_PAGES.entries()) {
    const fr = FR_PAGES[i];
    const want = { 'en-CA': `${SITE_URL}${en.path.slice(1)}`, 'fr-CA': `${SITE_URL}${fr.path.slice(1)}`, 'x-default': `${SITE_URL}${en.path.slice(1)}` };
    assert.deepEqual(await alternates(en.path), want, en.path);
    assert.deepEqual(await alternates(fr.path), want, fr.path);
  }
  // Our work exists in both editions of this build; a post names only itself.
  assert.deepEqual(await alternates('/work/'), { 'en-CA': `${SITE_URL}work/`, 'fr-CA': `${SITE_URL}fr/nos-activites/`, 'x-default': `${SITE_URL}work/` });
  assert.deepEqual(await alternates('/work/fictional-town-hall/'), { 'en-CA': `${SITE_URL}work/fictional-town-hall/` });
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  assert.match(sitemap, /xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml"/);
  for (const [i, en] of EN_PAGES.entries()) {
    const [enUrl, frUrl] = [en.path, FR_PAGES[i].path].map((p) => `${SITE_URL}${p.slice(1)}`);
    const pair = `<xhtml:link rel="alternate" hreflang="en-CA" href="${enUrl}"/><xhtml:link rel="alternate" hreflang="fr-CA" href="${frUrl}"/>`;
    // The thank-you pages say noindex: no sitemap lists them.
    assert.equal(sitemap.includes(`<loc>${enUrl}</loc>${pair}`), !en.unlisted, en.path);
    assert.equal(sitemap.includes(`<loc>${frUrl}</loc>${pair}`), !en.unlisted, FR_PAGES[i].path);
    if (en.unlisted) assert.ok(!sitemap.includes(enUrl) && !sitemap.includes(frUrl), en.path);
  }
});

test('the one 404 page helps French readers too, and a French unknown path leads back to French pages', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/fr/pas-une-page/`);
  const french = page.locator('main section[lang="fr-CA"]');
  assert.equal(await french.locator('h2').innerText(), 'Page introuvable');
  assert.match(await french.innerText(), /Nous n’avons pas trouvé cette page/);
  assert.deepEqual(await axeViolations(page), []);
  await french.locator('a', { hasText: 'Notre histoire' }).click();
  await page.waitForURL(`${site.url}/fr/notre-histoire/`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-CA');
  assert.deepEqual(await page.locator('h1').allInnerTexts(), ['Notre histoire']);
  await page.context().close();
});

const submit = (page) => page.locator('form button[type="submit"]').click();

test('the French form: French messages, summary and field names; nothing is sent while it is wrong', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await gotoApp(page, `${site.url}/fr/adhesion/`);
  await page.getByLabel('Adresse courriel').fill('pas-une-adresse');
  await submit(page);
  const summary = page.locator('#join-notice');
  await summary.getByText('Votre formulaire contient 5 erreurs').waitFor();
  // Each line: the field's name once, then French punctuation (a non-breaking space before the colon).
  const lines = await summary.locator('a').allInnerTexts();
  assert.deepEqual(lines.map((l) => l.split('\u00a0: ')[0]), [
    'Nom complet', 'Adresse courriel', 'Province ou territoire', 'Votre profil',
    'Consentement à l’utilisation des renseignements',
  ]);
  for (const line of lines) {
    const [name, message] = line.split('\u00a0: ');
    assert.ok(message && !message.includes(name), line);
  }
  // French typography: lower case after the colon in the summary.
  assert.match(await summary.innerText(), /Adresse courriel\u00a0: entrez une adresse courriel comme nom@example\.org\./);
  // French typography: a non-breaking space before the colon.
  assert.equal(await page.locator('#join-name-error').textContent(), 'Erreur\u00a0: Entrez votre nom complet.');
  assert.equal(await page.getByLabel('Adresse courriel').inputValue(), 'pas-une-adresse', 'kept');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await foreignStrings(page, 'fr-CA'), []);
  assert.deepEqual(await endpoint.received(), []);
  await page.context().close();
});

test('a French submission arrives with locale fr-CA, the French consent wording, and the same keys and codes', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await gotoApp(page, `${site.url}/fr/adhesion/`);
  const provinces = await page.getByLabel('Province ou territoire où vous habitez').locator('option').allInnerTexts();
  for (const name of ['Québec', 'Colombie-Britannique', 'Île-du-Prince-Édouard', 'Terre-Neuve-et-Labrador', 'À l’extérieur du Canada']) {
    assert.ok(provinces.includes(name), name);
  }
  await page.getByLabel('Nom complet').fill('Geneviève Tremblay-Nguyễn');
  await page.getByLabel('Adresse courriel').fill('genevieve@example.org');
  await page.getByLabel('Province ou territoire où vous habitez').selectOption({ label: 'Québec' });
  await page.getByLabel('Qu’est-ce qui vous décrit le mieux?').selectOption({ label: 'Médecin DIM en exercice' });
  await page.getByLabel('Étape de l’obtention du permis d’exercice').selectOption({ label: 'Évaluation de la capacité à exercer (ECE)' });
  await page.getByLabel('J’accepte que l’ITPO conserve').check();
  await submit(page);
  await page.getByRole('heading', { name: 'Merci de votre demande d’adhésion' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  const [got] = await endpoint.received();
  assert.equal(got.fields.locale, 'fr-CA');
  assert.equal(got.fields.province, 'QC');
  assert.equal(got.fields.member_type, 'practising-img');
  assert.equal(got.fields.licensure_stage, 'pra');
  assert.equal(got.fields.name, 'Geneviève Tremblay-Nguyễn');
  assert.equal(got.fields.consent_text,
    'J’accepte que l’ITPO conserve et utilise ces renseignements pour communiquer avec moi au sujet de mon adhésion, '
    + 'comme le décrit l’avis de confidentialité. '
    + 'Oui, l’Internationally Trained Physicians of Ontario (ITPO) peut m’envoyer des nouvelles par courriel. '
    + 'Je peux retirer ce consentement en tout temps en écrivant à l’ITPO à l’adresse contact@example.org '
    + 'ou par la poste au 1 Example Street, Toronto ON, ou au moyen du lien présent dans chaque courriel de nouvelles.');
  assert.equal(got.fields.consent_updates, false);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a draft typed in English is there after switching to French, and after a reload, and is sent from there', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  await gotoApp(page, `${site.url}/join/`);
  await page.getByLabel('Full name').fill('Amara Okafor');
  await page.getByLabel('Email address').fill('amara@example.org');
  await page.getByLabel('Province or territory where you live').selectOption('ON');
  await page.locator('header a.lang-switch').click();
  await page.waitForURL(`${site.url}/fr/adhesion/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  assert.equal(await page.getByLabel('Nom complet').inputValue(), 'Amara Okafor');
  assert.equal(await page.getByLabel('Adresse courriel').inputValue(), 'amara@example.org');
  assert.equal(await page.getByLabel('Province ou territoire où vous habitez').inputValue(), 'ON');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  assert.equal(await page.getByLabel('Nom complet').inputValue(), 'Amara Okafor');
  await page.getByLabel('Qu’est-ce qui vous décrit le mieux?').selectOption('practising-img');
  await page.getByLabel('J’accepte que l’ITPO conserve').check();
  await submit(page);
  await page.getByRole('heading', { name: 'Merci de votre demande d’adhésion' }).waitFor();
  const [got] = await endpoint.received();
  assert.equal(got.fields.name, 'Amara Okafor');
  assert.equal(got.fields.province, 'ON');
  assert.equal(got.fields.locale, 'fr-CA');
  await page.context().close();
});
