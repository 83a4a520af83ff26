//! Pages made at build time: every page whose content is fixed by the build
//! (home, our story, mission, privacy, accessibility, "Where to start", the
//! join form's thank-you pages), and "Our work" and each post. The prerenderer renders them natively and they
//! reach the app as HTML: adopted from the prerendered page, or fetched as
//! `data/pages/<path>.json` on in-place navigation. So the wasm carries none
//! of their views, copy or data types, and does not grow with the content.

use crate::{
    json::{FromJson, Members, Value},
    lang::{Lang, PerLang},
};

/// The `id` of the element that holds a built page's HTML.
pub const CONTENT_ID: &str = "built-page";

/// One built page, as written to its data file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct BuiltPage {
    /// The document title, with the site's suffix.
    pub title: String,
    pub description: String,
    /// The page's HTML, its one `<h1>` included.
    pub html: String,
}

/// How many posts each edition has published, for the navigation: one data
/// text embedded in every page of either edition, `{"en":4,"fr":1}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PostsDigest(pub PerLang<usize>);

impl PostsDigest {
    pub fn count(&self, lang: Lang) -> usize {
        self.0[lang]
    }
}

/// Each edition's count under its language code.
#[cfg(not(target_arch = "wasm32"))]
impl serde::Serialize for PostsDigest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(Lang::ALL.len()))?;
        for lang in Lang::ALL {
            map.serialize_entry(lang.code(), &self.0[lang])?;
        }
        map.end()
    }
}

impl FromJson for BuiltPage {
    fn from_json(value: &Value) -> Result<Self, String> {
        let page = Members::of(value, "a built page")?;
        Ok(BuiltPage {
            title: page.required_text("title")?,
            description: page.required_text("description")?,
            html: page.required_text("html")?,
        })
    }
}

impl FromJson for PostsDigest {
    fn from_json(value: &Value) -> Result<Self, String> {
        let digest = Members::of(value, "the posts digest")?;
        let count = |lang: Lang| {
            digest
                .whole_number(lang.code())
                .map(|n| n.unwrap_or(0) as usize)
        };
        Ok(PostsDigest(PerLang::new(
            count(Lang::En)?,
            count(Lang::Fr)?,
        )))
    }
}

/// `/work/town-hall/` → `data/pages/work/town-hall.json`; the home page,
/// `/`, → `data/pages/index.json` (a file named `.json` would be hidden).
pub fn data_file(path: &str) -> String {
    match path.trim_matches('/') {
        "" => "data/pages/index.json".to_string(),
        page => format!("data/pages/{page}.json"),
    }
}

/// The parts of a built page that depend on the deployment's `config.json`,
/// which may be edited after the build. The page is built with both cases
/// of each part written out and marked: `data-if="KEY"` is shown only when
/// the live file has a value for KEY, `data-unless="KEY"` only when it has
/// none, `data-fill="KEY"` gets the value as its text (a link also gets
/// it as a `mailto:` address), and `data-href="KEY"` gets it as a link's
/// address. The build shows the case of the config it
/// read; the app, that of the live file.
pub mod live {
    use crate::{config::SiteConfig, join::settings::endpoint_host};

    /// ITPO's contact address (`contact.email`).
    pub const CONTACT: &str = "contact";
    /// Whether the join form sends anywhere (`join.endpoint`, valid).
    pub const ENDPOINT: &str = "endpoint";
    /// The host it sends to, when that is another site.
    pub const ENDPOINT_HOST: &str = "endpoint-host";
    /// Whether it sends to this site itself (an endpoint path).
    pub const ENDPOINT_SELF: &str = "endpoint-self";
    /// Who runs the service on that other site (`join.service_name`).
    pub const SERVICE_NAME: &str = "service-name";
    /// That service's privacy policy (`join.service_privacy_url`), as a link's address.
    pub const SERVICE_PRIVACY: &str = "service-privacy";
    /// ITPO's mailing address (`contact.mailing_address`).
    pub const MAILING_ADDRESS: &str = "mailing-address";

    /// Each part's value in a config; `None` when it has none.
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct Values {
        pub contact: Option<String>,
        pub endpoint: Option<String>,
        pub endpoint_host: Option<String>,
        pub endpoint_self: Option<String>,
        pub service_name: Option<String>,
        pub service_privacy: Option<String>,
        pub mailing_address: Option<String>,
    }

    impl Values {
        pub fn of(config: Option<&SiteConfig>) -> Values {
            let join = config.and_then(|c| c.join.as_ref().ok());
            let endpoint = join.map(|j| j.endpoint.clone());
            let endpoint_host = endpoint.as_deref().and_then(endpoint_host);
            // The service is named only when the answers leave this site.
            let service = join.filter(|_| endpoint_host.is_some());
            Values {
                contact: config.and_then(|c| c.contact_email.clone()),
                endpoint_self: endpoint.clone().filter(|_| endpoint_host.is_none()),
                endpoint,
                endpoint_host,
                service_name: service.and_then(|j| j.service_name.clone()),
                service_privacy: service.and_then(|j| j.service_privacy_url.clone()),
                mailing_address: config.and_then(|c| c.mailing_address.clone()),
            }
        }

        /// Each key with its value, as the page's marks name them.
        pub fn by_key(&self) -> [(&'static str, Option<&str>); 7] {
            [
                (CONTACT, self.contact.as_deref()),
                (ENDPOINT, self.endpoint.as_deref()),
                (ENDPOINT_HOST, self.endpoint_host.as_deref()),
                (ENDPOINT_SELF, self.endpoint_self.as_deref()),
                (SERVICE_NAME, self.service_name.as_deref()),
                (SERVICE_PRIVACY, self.service_privacy.as_deref()),
                (MAILING_ADDRESS, self.mailing_address.as_deref()),
            ]
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn an_endpoint_is_another_sites_or_this_ones_or_none() {
            let with = |endpoint: &str| {
                let text = format!(r#"{{"join":{{"endpoint":"{endpoint}"}}}}"#);
                Values::of(Some(&crate::config::parse(&text)))
            };
            let other = with("https://formspree.io/f/x");
            assert_eq!(other.endpoint_host.as_deref(), Some("formspree.io"));
            assert_eq!(other.endpoint_self, None);
            let own = with("/join");
            assert_eq!(own.endpoint_host, None);
            assert!(own.endpoint_self.is_some() && own.endpoint.is_some());
            let none = Values::of(None);
            assert_eq!(none, Values::default());
            assert!(none.by_key().iter().all(|(_, v)| v.is_none()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_pages_and_the_digest_read_back_as_written() {
        let page = BuiltPage {
            title: "T | ITPO".into(),
            description: "D".into(),
            html: "<h1>T</h1>".into(),
        };
        assert_eq!(crate::json::read(&crate::json::write(&page)), Ok(page));
        let digest = PostsDigest(PerLang::new(0, 2));
        assert_eq!(crate::json::write(&digest), r#"{"en":0,"fr":2}"#);
        assert_eq!(crate::json::read(&crate::json::write(&digest)), Ok(digest));
        assert!(crate::json::read::<BuiltPage>(r#"{"title":"T"}"#).is_err());
    }

    #[test]
    fn data_files_follow_the_page_path() {
        assert_eq!(
            data_file("/work/town-hall/"),
            "data/pages/work/town-hall.json"
        );
        assert_eq!(data_file("/resources/"), "data/pages/resources.json");
        assert_eq!(data_file("/"), "data/pages/index.json");
        assert_eq!(data_file("/fr/"), "data/pages/fr.json");
    }
}
