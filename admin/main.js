// The content editor at /admin/: Sveltia CMS from its npm package, bundled by
// scripts/build-admin.mjs so every file comes from the site itself. This file adds
// what the site needs on top of the editor: previews in the site's own stylesheet
// and markup, a post's text rendered by the build's own rules (with what the build
// would refuse), then starts the editor, which reads ./config.yml.
import CMS from '@sveltia/cms';
import initPreview, { render_post as renderPost } from 'itpo-preview';

const h = window.h;
// The site's own Markdown rules, compiled to wasm (crates/preview): the preview shows the
// post page's HTML, and what the build would refuse, as the volunteer types.
const previewReady = initPreview({ module_or_path: new URL('preview.wasm', import.meta.url) });

// The pages' copy for the preview (written by the build from src/content/):
// { en: WorkCopy, fr: WorkCopy, directors: { en, fr }, refused: { en, fr } }.
const copyReady = fetch('preview.json').then((r) => r.json());
let copy = null;
copyReady.then((c) => { copy = c; });

/**
 * `2026-01-15` as the post page shows it: the same rule as display_date in
 * src/prerender/views/mod.rs (the month names come from it, through preview.json).
 */
function displayDate(date, lang) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(date ?? ''));
  const words = copy?.[lang];
  if (!m || !words) return String(date ?? '');
  const day = Number(m[3]);
  const month = words.months[Number(m[2]) - 1];
  // The one difference between the editions' dates: French writes the first day "1er".
  return lang === 'fr' ? `${day === 1 ? '1er' : day} ${month} ${m[1]}` : `${day} ${month} ${m[1]}`;
}

/**
 * The post page's HTML for the text, and what the build would refuse in it. A picture
 * uploaded but not yet saved is a `blob:` address until the editor saves it into the
 * repository: it stands in as a site path for the rules, and is shown from the editor's copy.
 */
function renderText(text, getAsset) {
  const uploads = [];
  const marked = text.replace(/\]\((blob:[^)\s]+)/g, (_, url) => `](/images/editor-upload-${uploads.push(url) - 1}`);
  const { html, problems } = renderPost(marked);
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const img of body.querySelectorAll('img')) {
    const src = img.getAttribute('src');
    const upload = /^images\/editor-upload-(\d+)$/.exec(src);
    const asset = upload ? uploads[Number(upload[1])] : getAsset(`/${src}`);
    if (asset) img.setAttribute('src', String(asset));
  }
  return { html: body.innerHTML, problems };
}

/** A post as its page shows it (src/prerender/views/posts.rs, PostArticle). */
function PostPreview({ entry, widgetFor, getAsset }) {
  const data = entry.get('data');
  const lang = data.get('lang') === 'fr' ? 'fr' : 'en';
  const words = copy?.[lang] ?? {};
  const tags = data.get('tags')?.toJS?.() ?? [];
  const { html, problems } = renderText(data.get('body') ?? '', getAsset);
  return h('main', { id: 'main', lang: lang === 'fr' ? 'fr-CA' : 'en-CA' },
    h('div', { className: 'wrap prose' },
      problems.length
        ? h('div', { className: 'notice notice-error' },
          h('p', null, copy?.refused?.[lang] ?? ''),
          // The build's own messages, which are in English.
          h('ul', { lang: 'en' }, problems.map((p, i) => h('li', { key: i }, p))))
        : null,
      h('h1', { id: 'page-heading' }, data.get('title') || ''),
      h('article', { className: 'post', lang },
        h('p', { className: 'post-meta' }, `${words.published ?? ''} `,
          h('time', { dateTime: data.get('date') }, displayDate(data.get('date'), lang))),
        tags.length ? h('p', { className: 'post-tags' }, `${words.tags_label ?? ''} ${tags.join(', ')}`) : null,
        // What the build would refuse has no page: the editor's own rendering stands in.
        problems.length
          ? h('div', { className: 'post-body' }, widgetFor('body'))
          : h('div', { className: 'post-body', dangerouslySetInnerHTML: { __html: html } }))));
}

/** The directors' cards as their page shows them (src/pages/directors.rs, DirectorCard). */
function DirectorsPreview({ entry, getAsset }) {
  const list = entry.getIn(['data', 'directors'])?.toJS?.() ?? [];
  const edition = (lang) => h('section', { lang: lang === 'fr' ? 'fr-CA' : 'en-CA' },
    h('div', { className: 'wrap prose' },
      h('h1', null, copy?.directors?.[lang] ?? ''),
      h('ul', { className: 'directors' }, list.map((d, i) => {
        const fr = lang === 'fr';
        const role = (fr && d.role_fr) || d.role;
        const bio = (fr && d.bio_fr) || d.bio;
        const alt = (fr && d.photo_alt_fr) || d.photo_alt || d.name;
        const photo = d.photo ? String(getAsset(d.photo) ?? d.photo) : null;
        return h('li', { className: 'director', key: i },
          photo ? h('img', { className: 'director-photo', src: photo, alt, width: 160, height: 160 }) : null,
          h('div', null,
            h('h2', { className: 'director-name' }, d.name),
            h('p', { className: 'director-role', lang: fr && !d.role_fr ? 'en' : undefined }, role),
            h('p', { lang: fr && !d.bio_fr ? 'en' : undefined }, bio)));
      }))));
  return h('div', null, edition('en'), edition('fr'));
}

CMS.registerPreviewStyle('preview.css');
CMS.registerPreviewTemplate('posts-en', PostPreview);
CMS.registerPreviewTemplate('posts-fr', PostPreview);
CMS.registerPreviewTemplate('directors', DirectorsPreview);
Promise.allSettled([copyReady, previewReady]).finally(() => {
  // The page's note for browsers that cannot run the editor (src/prerender/admin.rs).
  document.getElementById('editor-needs-script')?.remove();
  CMS.init();
});
