// The join form against the real endpoint on another loopback port: what the
// member sees in each outcome, that nothing typed is lost, that retries keep
// the submission id, and that the endpoint gets exactly what was typed.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  JOIN_DIST, startSite, startEndpoint, overlay, distWithout, joinConfig, launchBrowser, openPage, gotoApp, axeViolations,
  sidewaysOverflow,
  headingsOnceShown,
} from './harness.mjs';

// What a member in Montréal typed, with spaces at the ends that must be trimmed.
const TYPED = {
  name: '  محمد Zoë O’Brien-李 👩‍⚕️  ',
  email: 'zoe.obrien+itpo@example.org',
  province: 'QC',
  member_type: 'new-img',
  country_of_training: 'Égypte',
  specialty: 'Médecine familiale',
  licensure_stage: 'nac',
  message: 'Bonjour <script>alert(1)</script>\nשלום & 100% "quoted"',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let endpoint, site, formSite, plainSite, noConfigSite, browser;
before(async () => {
  endpoint = await startEndpoint();
  // The build that names this endpoint (its policy allows no other).
  site = await startSite({ dir: JOIN_DIST, overlayDir: overlay({ 'config.json': joinConfig(endpoint.joinUrl) }) });
  formSite = await startSite({
    dir: JOIN_DIST,
    overlayDir: overlay({ 'config.json': joinConfig(endpoint.joinUrl, { encoding: 'form' }) }),
  });
  plainSite = await startSite();
  noConfigSite = await startSite({ dir: distWithout('config.json') });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const s of [endpoint, site, formSite, plainSite, noConfigSite]) s?.stop();
});
beforeEach(() => endpoint.reset());

async function openJoin(url = site.url) {
  const page = await openPage(browser, { allowed: [url, endpoint.url] });
  await gotoApp(page, `${url}/join/`);
  return page;
}

async function fill(page, answers = TYPED) {
  await page.getByLabel('Full name').fill(answers.name);
  await page.getByLabel('Email address').fill(answers.email);
  await page.getByLabel('Province or territory where you live').selectOption(answers.province);
  await page.getByLabel('Which describes you best?').selectOption(answers.member_type);
  await page.getByLabel('Country where you trained').fill(answers.country_of_training);
  await page.getByLabel('Specialty').fill(answers.specialty);
  await page.getByLabel('Stage of licensure').selectOption(answers.licensure_stage);
  await page.getByLabel('Anything you would like us to know').fill(answers.message);
  await page.getByLabel('I agree that ITPO may keep').check();
}

const submit = (page) => page.locator('form button[type="submit"]').click();

async function expectAnswersKept(page) {
  assert.equal(await page.getByLabel('Full name').inputValue(), TYPED.name);
  assert.equal(await page.getByLabel('Email address').inputValue(), TYPED.email);
  assert.equal(await page.getByLabel('Province or territory where you live').inputValue(), TYPED.province);
  assert.equal(await page.getByLabel('Which describes you best?').inputValue(), TYPED.member_type);
  assert.equal(await page.getByLabel('Stage of licensure').inputValue(), TYPED.licensure_stage);
  assert.equal(await page.getByLabel('Anything you would like us to know').inputValue(), TYPED.message);
  assert.equal(await page.getByLabel('I agree that ITPO may keep').isChecked(), true);
}

async function expectFailure(page, text) {
  const alert = page.locator('#join-notice');
  await alert.getByText(text).waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.match(await alert.innerText(), /Your answers are still in the form/);
  await page.waitForFunction(() => document.activeElement?.id === 'join-notice');
  assert.equal(await page.locator('form button[type="submit"]').innerText(), 'Try sending again');
  assert.equal(await page.locator('form button[type="submit"]').isEnabled(), true);
  await expectAnswersKept(page);
}

async function expectThanks(page) {
  await page.getByRole('heading', { name: 'Thank you for your membership request' }).waitFor();
  const status = page.locator('[role="status"]');
  assert.match(await status.innerText(), /We have received your membership request/);
  assert.equal(await page.evaluate(() => localStorage.getItem('itpo.join.draft.v1')), null, 'draft cleared');
}

/** Every field the endpoint got equals what was typed (trimmed at the ends). */
function assertReceivedExactly(fields) {
  for (const [key, value] of Object.entries(TYPED)) assert.equal(fields[key], value.trim(), key);
}

test('empty form: a summary lists every problem, fields are marked, nothing is sent', async () => {
  const page = await openJoin();
  await submit(page);
  const summary = page.locator('#join-notice');
  await summary.getByText('There are 5 problems with your answers').waitFor();
  assert.equal(await summary.getAttribute('role'), 'alert');
  await page.waitForFunction(() => document.activeElement?.id === 'join-notice');
  const links = await summary.locator('a').allInnerTexts();
  assert.deepEqual(links.map((l) => l.split(':')[0]), [
    'Full name', 'Email address', 'Province or territory', 'Which describes you best', 'Privacy consent',
  ]);
  const name = page.getByLabel('Full name');
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  const described = await name.getAttribute('aria-describedby');
  const messages = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id).innerText), described);
  assert.ok(messages.some((m) => m.includes('Enter your full name.')), messages.join('|'));
  assert.equal(await page.getByLabel('Specialty').getAttribute('aria-invalid'), null);
  assert.deepEqual(await axeViolations(page), []);
  // The summary's links take the member to the field.
  await summary.locator('a', { hasText: 'Email address' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'join-email');
  assert.equal(page.url(), `${site.url}/join/`);
  assert.deepEqual(await endpoint.received(), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('invalid email and a 201-character name are explained and kept', async () => {
  const page = await openJoin();
  await fill(page, { ...TYPED, name: 'م'.repeat(201), email: 'zoe@@example' });
  await submit(page);
  await page.locator('#join-notice').getByText('There are 2 problems').waitFor();
  assert.match(await page.locator('#join-name-error').innerText(), /200 characters or fewer; it has 201/);
  assert.match(await page.locator('#join-email-error').innerText(), /like name@example.org/);
  assert.equal(await page.getByLabel('Full name').inputValue(), 'م'.repeat(201));
  // Fixing a field withdraws its error at once.
  await page.getByLabel('Email address').fill('zoe@example.org');
  assert.equal(await page.getByLabel('Email address').getAttribute('aria-invalid'), null);
  assert.deepEqual(await endpoint.received(), []);
  await page.context().close();
});

test('a name a person cannot see, or one that turns text around, is refused; emoji count as one each', async () => {
  const page = await openJoin();
  for (const [name, problem] of [
    ['\u200B\u3164', /only spaces or invisible characters/],
    ['Ana\u202Eadnil', /direction overrides or line separators/],
  ]) {
    await fill(page, { ...TYPED, name });
    await submit(page);
    await page.locator('#join-notice').getByText('There is one problem').waitFor();
    assert.match(await page.locator('#join-name-error').innerText(), problem, JSON.stringify(name));
    assert.equal(await page.getByLabel('Full name').inputValue(), name, 'what was typed is kept');
  }
  // 200 family emoji (7 code points, 11 UTF-16 units each) are 200 characters to a person.
  const family = '👨‍👩‍👧‍👦'.repeat(200);
  await fill(page, { ...TYPED, name: family });
  await submit(page);
  await expectThanks(page);
  const [got] = await endpoint.received();
  assert.equal(got.fields.name, family);
  await page.context().close();
});

test('success (JSON): thank-you in a live region, draft cleared, endpoint got exactly what was typed', async () => {
  const page = await openJoin();
  await fill(page);
  await page.getByLabel('Yes, Internationally Trained Physicians of Ontario (ITPO) may send me').check();
  // The news box as the member read it (the form gives way to the thank-you once sent).
  const shown = await page.locator('label[for="join-consent-updates"]').innerText();
  await submit(page);
  await expectThanks(page);
  assert.deepEqual(await axeViolations(page), []);
  const [got] = await endpoint.received();
  assert.equal(got.content_type, 'application/json');
  assert.equal(got.accept, 'application/json');
  assert.equal(got.origin, site.url, 'a cross-origin post');
  assertReceivedExactly(got.fields);
  assert.equal(got.fields.consent_privacy, true);
  assert.equal(got.fields.consent_updates, true);
  assert.match(got.fields.submission_id, UUID);
  assert.match(got.fields.submitted_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  assert.ok(Math.abs(Date.parse(got.fields.submitted_at) - Date.now()) < 60_000);
  // What was sent is what was shown: the news consent with ITPO's email and mailing address (CASL).
  assert.match(got.fields.consent_text, /^I agree that ITPO may keep and use these details/);
  assert.match(got.fields.consent_text, /withdraw this consent at any time by writing to ITPO at contact@example\.org or by mail at 1 Example Street, Toronto ON, or with the link in any news email\.$/);
  const news = got.fields.consent_text.slice(got.fields.consent_text.indexOf('Yes, '));
  assert.ok(shown?.startsWith(news), `the box said: ${shown}`);
  assert.equal(got.fields.locale, 'en-CA');
  assert.equal(got.fields['form-name'], 'join');
  assert.equal(got.fields._gotcha, '');
  const stored = endpoint.stored();
  assert.equal(stored.at(-1).submission_id, got.fields.submission_id);
  // "Fill in the form again" gives an empty form with a new id next time.
  await page.getByRole('button', { name: 'Fill in the form again' }).click();
  assert.equal(await page.getByLabel('Full name').inputValue(), '');
  // Focus moves in the frame after the form is back (a CI run read it a frame early).
  await page.waitForFunction(() => document.activeElement?.id === 'join-name', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement.id), 'join-name');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('success (form encoding): urlencoded body decodes to exactly what was typed', async () => {
  const page = await openJoin(formSite.url);
  await fill(page);
  await submit(page);
  await expectThanks(page);
  const [got] = await endpoint.received();
  assert.equal(got.content_type, 'application/x-www-form-urlencoded');
  assertReceivedExactly(got.fields);
  assert.equal(got.fields.consent_privacy, 'true');
  assert.equal(got.fields.consent_updates, 'false');
  assert.match(got.fields.submission_id, UUID);
  await page.context().close();
});

const FAILURES = [
  ['a 422 with field errors puts each message at its field',
    { status: 422, body: { error: 'Validation errors', errors: [{ field: 'email', code: 'TYPE_EMAIL', message: 'This address is not accepted here' }] } },
    'found problems with some answers',
    async (page) => {
      const email = page.getByLabel('Email address');
      assert.equal(await email.getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('#join-email-error').innerText(), /This address is not accepted here/);
      assert.match(await page.locator('#join-notice').innerText(), /Validation errors/);
    }],
  ['a 500 says the service could not accept it', { status: 500, body: '<html>Internal Server Error</html>' }, '(error 500)'],
  ['a 200 saying success:false is a failure, with its message', { status: 200, body: { success: false, message: 'Invalid access key' } }, 'Invalid access key'],
  ['an endpoint that hangs past timeout_ms times out', { hang_ms: 5000 }, 'took too long to answer'],
  ['a dropped connection is a network failure', { drop: true }, 'could not reach the membership service'],
];

for (const [name, step, text, extra] of FAILURES) {
  test(`failure: ${name}; answers kept; a retry succeeds with the same submission_id`, async () => {
    await endpoint.script(step);
    const page = await openJoin();
    await fill(page);
    await submit(page);
    await expectFailure(page, text);
    if (extra) await extra(page);
    assert.deepEqual(await axeViolations(page), []);
    // The draft survives too.
    const draft = JSON.parse(await page.evaluate(() => localStorage.getItem('itpo.join.draft.v1')));
    assert.equal(draft.answers.name, TYPED.name);
    await submit(page);
    await expectThanks(page);
    const received = await endpoint.received();
    assert.equal(received.length, 2);
    assert.equal(received[1].fields.submission_id, received[0].fields.submission_id);
    assertReceivedExactly(received[1].fields);
    assert.equal(endpoint.stored().filter((s) => s.submission_id === received[0].fields.submission_id).length, 1);
    await page.context().close();
  });
}

test('while sending, the button is disabled and says so; a double click and Enter send once', async () => {
  await endpoint.script({ delay_ms: 1500 });
  const page = await openJoin();
  await fill(page);
  const button = page.locator('form button[type="submit"]');
  await button.dblclick();
  await page.locator('[role="status"]').getByText('Sending…').waitFor();
  assert.equal(await button.isDisabled(), true);
  assert.equal(await button.innerText(), 'Sending…');
  await page.getByLabel('Specialty').press('Enter');
  await expectThanks(page);
  assert.equal((await endpoint.received()).length, 1);
  await page.context().close();
});

test('a reload restores the draft; the honeypot is never saved', async () => {
  const page = await openJoin();
  await fill(page);
  await page.locator('#join-hp').fill('bot text', { force: true });
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  await expectAnswersKept(page);
  assert.equal(await page.locator('#join-hp').inputValue(), '');
  const saved = await page.evaluate(() => localStorage.getItem('itpo.join.draft.v1'));
  assert.ok(!saved.includes('bot text'));
  // Leaving the page and coming back through the navigation also keeps it.
  await page.locator('header nav a', { hasText: 'Mission' }).click();
  await page.locator('header nav a', { hasText: 'Join' }).click();
  await page.getByLabel('Full name').waitFor();
  await expectAnswersKept(page);
  await page.context().close();
});

test('answers typed before the app has started are kept when it starts, and sent', async () => {
  const page = await openPage(browser, { allowed: [site.url, endpoint.url] });
  // Hold the wasm back, as a slow connection would, while the member starts typing.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${site.url}/join/`);
  await page.getByLabel('Full name').fill(TYPED.name);
  await page.getByLabel('Email address').fill(TYPED.email);
  await page.getByLabel('Province or territory where you live').selectOption(TYPED.province);
  await page.getByLabel('I agree that ITPO may keep').check();
  // The build names an endpoint: the plain HTML form could already be sent, before the app.
  assert.equal(await page.locator('form button[type="submit"]').isEnabled(), true, 'sendable from the first paint');
  // The member is still in the name field when the app starts.
  await page.getByLabel('Full name').focus();
  await page.evaluate(() => { window.typedIn = document.activeElement; });
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
  // The app adopts the form the member is typing in (in a task of its own, after the page):
  // the same field, still focused, so the caret and a phone's keyboard stay where they were.
  assert.equal(await page.evaluate(() => document.activeElement === window.typedIn && window.typedIn.isConnected), true,
    'the focused field is kept, not replaced');
  await page.keyboard.type('!');
  assert.equal(await page.getByLabel('Full name').inputValue(), `${TYPED.name}!`);
  await page.getByLabel('Full name').fill(TYPED.name);
  assert.equal(await page.getByLabel('Full name').inputValue(), TYPED.name);
  assert.equal(await page.getByLabel('Email address').inputValue(), TYPED.email);
  assert.equal(await page.getByLabel('Province or territory where you live').inputValue(), TYPED.province);
  assert.equal(await page.getByLabel('I agree that ITPO may keep').isChecked(), true);
  await page.getByLabel('Which describes you best?').selectOption(TYPED.member_type);
  await submit(page);
  await expectThanks(page);
  const [got] = await endpoint.received();
  assert.equal(got.fields.name, TYPED.name.trim());
  assert.equal(got.fields.province, TYPED.province);
  await page.context().close();
});

test('a filled honeypot shows the normal thank-you and sends nothing', async () => {
  const page = await openJoin();
  await fill(page);
  const hp = page.locator('#join-hp');
  assert.equal(await hp.getAttribute('name'), '_gotcha');
  assert.equal(await page.locator('.hp').getAttribute('aria-hidden'), 'true');
  await hp.fill('https://spam.example', { force: true });
  await submit(page);
  await expectThanks(page);
  assert.deepEqual(await endpoint.received(), []);
  await page.context().close();
});

test('keyboard only: fill, tick and send the form without a mouse', async () => {
  const page = await openJoin();
  await page.getByLabel('Full name').focus();
  await page.keyboard.type('Ana Lima');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ana@example.org');
  await page.keyboard.press('Tab');
  await page.keyboard.press('O'); // Ontario (first "O" option)
  await page.keyboard.press('Tab');
  await page.keyboard.press('P'); // Practising IMG physician
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.id)) === 'join-consent-privacy') break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'join-consent-privacy', 'honeypot is skipped');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expectThanks(page);
  const [got] = await endpoint.received();
  assert.equal(got.fields.name, 'Ana Lima');
  assert.equal(got.fields.province, 'ON');
  assert.equal(got.fields.member_type, 'practising-img');
  assert.equal(got.fields.consent_privacy, true);
  await page.context().close();
});

test('the form fits 320 px and passes axe with its errors showing', async () => {
  const page = await openPage(browser, { width: 320, height: 700, allowed: [site.url, endpoint.url] });
  await gotoApp(page, `${site.url}/join/`);
  await submit(page);
  await page.locator('#join-notice h3').waitFor();
  assert.equal(await sidewaysOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('committed config.json names no endpoint: the page says the form cannot be sent, and keeps answers', async () => {
  const page = await openPage(browser, { allowed: [plainSite.url] });
  await gotoApp(page, `${plainSite.url}/join/`);
  await page.getByRole('heading', { name: 'The form cannot be sent at the moment' }).first().waitFor();
  // Without ITPO's email and mailing address, no consent to news is asked for (CASL).
  assert.equal(await page.locator('#join-consent-updates').count(), 0);
  assert.doesNotMatch(await page.locator('form').innerText(), /may send me news/);
  await fill(page);
  await submit(page);
  await page.locator('#join-notice').getByText('The form cannot be sent at the moment').waitFor();
  await expectAnswersKept(page);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.foreignRequests, [], 'never posts to a guessed address');
  await page.context().close();
});

test('a missing config.json is explained and the rest of the site keeps working', async () => {
  const page = await openPage(browser, { allowed: [noConfigSite.url] });
  await gotoApp(page, `${noConfigSite.url}/join/`);
  await page.getByRole('heading', { name: 'The form cannot be sent at the moment' }).first().waitFor();
  await page.locator('header nav a', { hasText: 'Our Story' }).click();
  await page.waitForURL(`${noConfigSite.url}/story/`);
  assert.deepEqual(await headingsOnceShown(page, 'Our Story'), ['Our Story']);
  // The only console error allowed is the browser's own report of the 404.
  assert.ok(page.errors.every((e) => /404/.test(e)), page.errors.join('\n'));
  await page.context().close();
});

test('the privacy page names the configured service and the contact address', async () => {
  const page = await openPage(browser, { allowed: [site.url] });
  await gotoApp(page, `${site.url}/privacy/`);
  const host = new URL(endpoint.url).host;
  await page.getByText(host).waitFor();
  // Who has the answers, that they may leave Canada, and that service's own policy.
  const where = await page.locator('main').innerText();
  assert.match(where, /That service is run by Example Forms, another organisation, which may keep your answers outside Canada/);
  assert.equal(await page.locator('a[href="https://forms.example.org/privacy"]', { hasText: 'its privacy policy' }).count(), 1);
  assert.equal(await page.locator('a[href="mailto:contact@example.org"]').count(), 1);
  assert.match(where, /or by mail at 1 Example Street, Toronto ON\./);
  assert.deepEqual(await axeViolations(page), []);
  // The accessibility statement, from the footer, names the same address for reporting a barrier.
  await page.locator('footer a', { hasText: 'Accessibility' }).click();
  await page.waitForURL(`${site.url}/accessibility/`);
  // The live config's part is shown in the frame after the page's HTML arrives: wait for it.
  await page.locator('.report-contact', { hasText: 'contact@example.org' }).waitFor();
  assert.match(await page.locator('.report-contact').innerText(), /^Write to ITPO at contact@example\.org or by mail at 1 Example Street, Toronto ON\.$/);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});
