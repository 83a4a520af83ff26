//! A real join endpoint for development and the browser tests, and the
//! model for anyone who runs their own. It answers CORS preflights (for the
//! site's origin only, when it is given), validates, and writes each
//! accepted submission as one JSON line, on disk before it says "received";
//! it drops repeated `submission_id`s, also across restarts and across two
//! processes writing one file, and sets aside a line a crash left torn.
//! Started with `--test-control` (the browser tests do), it also lets a test
//! script its next answers (`POST /__control`) to act out what form services
//! and networks do: field errors, server errors, `{"success": false}`, slow
//! answers, redirects, hanging, hanging up; without it those routes do not
//! exist, and no request is kept in memory.

use std::{
    collections::{HashSet, VecDeque},
    fs::{File, OpenOptions},
    io::{Read, Seek, SeekFrom, Write},
    path::{Path, PathBuf},
    sync::Mutex,
    time::Duration,
};

use itpo_site::join::SiteKey;
use serde_json::{json, Map, Value};

use crate::{
    http::{Reply, Request, Response},
    plain,
    submission::{parse_body, text, validate},
};

/// With `--test-control`, the last this many requests are kept for
/// `/__received`, each body cut to `MAX_RECEIVED_BODY` bytes: memory stays
/// bounded however long the endpoint runs.
const MAX_RECEIVED: usize = 100;
const MAX_RECEIVED_BODY: usize = 16 * 1024;

pub struct Endpoint {
    out: PathBuf,
    /// Whether the test-only routes (`/__control` and the like) exist.
    test_control: bool,
    /// The site's origin: the only place a plain send is redirected to, and,
    /// when given, the only origin whose scripts may read the answers (CORS).
    site_origin: Option<String>,
    /// The field only robots fill (`honeypot_field` in the site's config).
    honeypot: String,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Answers to give instead of the normal behaviour, first come first used.
    script: VecDeque<Value>,
    /// The last POSTs received, for the tests to inspect (`--test-control` only).
    received: VecDeque<Value>,
    /// Ids stored in the file up to `read_up_to` bytes.
    stored_ids: HashSet<String>,
    read_up_to: u64,
}

impl Endpoint {
    pub fn open(
        out: PathBuf,
        test_control: bool,
        site_origin: Option<String>,
        honeypot: String,
    ) -> Self {
        if let Some(dir) = out.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let endpoint = Endpoint {
            out,
            test_control,
            site_origin: site_origin.map(|o| o.trim_end_matches('/').to_string()),
            honeypot,
            inner: Mutex::new(Inner::default()),
        };
        // A line torn by a crash is set aside now, not when the first member sends.
        if let Err(e) = endpoint.with_locked_file(catch_up) {
            eprintln!("itpo-dev: cannot read {}: {e}", endpoint.out.display());
        }
        endpoint
    }

    pub fn respond(&self, req: &Request) -> Reply {
        let test_route = req.path.starts_with("/__");
        match (req.method.as_str(), req.path.as_str()) {
            _ if test_route && !self.test_control => Reply::Send(Response::json(
                404,
                &json!({"ok": false, "error": "Not found."}),
            )),
            ("POST", "/__control") => {
                let script: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
                let steps = script
                    .get("script")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                self.lock().script.extend(steps);
                Reply::Send(Response::json(200, &json!({"ok": true})))
            }
            ("POST", "/__reset") => {
                let mut inner = self.lock();
                inner.script.clear();
                inner.received.clear();
                Reply::Send(Response::json(200, &json!({"ok": true})))
            }
            ("GET", "/__received") => {
                let received: Vec<Value> = self.lock().received.iter().cloned().collect();
                Reply::Send(Response::json(200, &Value::Array(received)))
            }
            ("GET", "/__stored") => {
                let stored: Vec<Value> = std::fs::read(&self.out)
                    .unwrap_or_default()
                    .split(|b| *b == b'\n')
                    .filter_map(|l| serde_json::from_slice(l).ok())
                    .collect();
                Reply::Send(Response::json(200, &Value::Array(stored)))
            }
            ("OPTIONS", _) => Reply::Send(self.cors(req, Response::new(204, "text/plain", ""))),
            ("POST", _) => self.submission(req),
            _ => Reply::Send(self.cors(
                req,
                Response::json(405, &json!({"ok": false, "error": "Use POST."})),
            )),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn submission(&self, req: &Request) -> Reply {
        let content_type = req.header("content-type").unwrap_or("").to_string();
        let mut fields = parse_body(&content_type, &req.body);
        let plain = plain::is_plain(req.header("accept"));
        let step = {
            let mut inner = self.lock();
            if self.test_control {
                if inner.received.len() == MAX_RECEIVED {
                    inner.received.pop_front();
                }
                let small = req.body.len() <= MAX_RECEIVED_BODY;
                inner.received.push_back(json!({
                    "content_type": content_type,
                    "accept": req.header("accept"),
                    "origin": req.header("origin"),
                    "fields": fields.clone().filter(|_| small).map(Value::Object),
                    "raw": String::from_utf8_lossy(&req.body[..req.body.len().min(MAX_RECEIVED_BODY)]),
                }));
            }
            inner.script.pop_front()
        };
        // Without any script in the page, a plain send has no id: it gets one here.
        if let Some(fields) = fields
            .as_mut()
            .filter(|f| plain && text(f, SiteKey::SubmissionId.key()).is_empty())
        {
            fields.insert(
                SiteKey::SubmissionId.key().into(),
                Value::String(server_made_id()),
            );
        }
        if let Some(step) = &step {
            if let Some(ms) = step.get("delay_ms").and_then(Value::as_u64) {
                std::thread::sleep(Duration::from_millis(ms));
            }
            if step.get("status").is_some()
                || step.get("hang_ms").is_some()
                || step.get("drop").is_some()
            {
                return self.scripted(req, step);
            }
        }
        let resp = match fields {
            None if plain => plain::unreadable(),
            None => Response::json(
                400,
                &json!({"ok": false, "error": "The body must be JSON or form-encoded."}),
            ),
            Some(fields) => self.accept(fields, plain),
        };
        Reply::Send(self.cors(req, resp))
    }

    /// Checks and stores one submission; `plain` answers a browser's own
    /// form navigation with HTML (`plain.rs`) instead of JSON.
    fn accept(&self, fields: Map<String, Value>, plain: bool) -> Response {
        let errors = validate(&fields, &self.honeypot);
        if !errors.is_empty() {
            if plain {
                return plain::rejected(422, Some(&fields), &errors);
            }
            return Response::json(
                422,
                &json!({"ok": false, "error": "Validation errors", "errors": errors}),
            );
        }
        let id = submission_id(&fields);
        let mut line = Value::Object(fields.clone()).to_string();
        line.push('\n');
        match self.store(&id, &line) {
            // A repeated plain send lands where the first did: the member sees no difference.
            Ok(_) if plain => plain::accepted(&fields, self.site_origin.as_deref()),
            Ok(true) => Response::json(200, &json!({"ok": true, "submission_id": id})),
            Ok(false) => Response::json(200, &json!({"ok": true, "duplicate": true})),
            Err(e) => {
                eprintln!("itpo-dev: cannot write {}: {e}", self.out.display());
                if plain {
                    return plain::not_stored(&fields);
                }
                Response::json(
                    500,
                    &json!({"ok": false, "error": "The submission could not be stored."}),
                )
            }
        }
    }

    /// Runs `f` on the store, opened for reading and appending, holding this
    /// process's lock and an exclusive lock on the file (so two endpoints
    /// sharing a file neither interleave their lines nor store one id twice),
    /// after setting aside any line a crash left half-written.
    fn with_locked_file<T>(
        &self,
        f: impl FnOnce(&mut File, &mut Inner) -> std::io::Result<T>,
    ) -> std::io::Result<T> {
        let mut inner = self.lock();
        let mut file = OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&self.out)?;
        file.lock()?;
        let result =
            set_aside_torn_line(&mut file, &self.out).and_then(|()| f(&mut file, &mut inner));
        let _ = file.unlock();
        result
    }

    /// Appends `line` unless `id` is stored already; false for a duplicate.
    /// First reads what other processes appended since last time. The line
    /// goes out in one `write` and is on disk (`sync_data`) before the member
    /// is told it was received; a write that fails half-way is taken back.
    fn store(&self, id: &str, line: &str) -> std::io::Result<bool> {
        self.with_locked_file(|file, inner| {
            catch_up(file, inner)?;
            if inner.stored_ids.contains(id) {
                return Ok(false);
            }
            let before = file.metadata()?.len();
            let written = file
                .write(line.as_bytes())
                .and_then(|n| match n == line.len() {
                    true => file.sync_data(),
                    false => Err(std::io::Error::other("short write (is the disk full?)")),
                });
            if let Err(e) = written {
                // Never leave a partial line for the next one to be glued to.
                let _ = file.set_len(before).and_then(|()| file.sync_data());
                return Err(e);
            }
            inner.read_up_to = before + line.len() as u64;
            inner.stored_ids.insert(id.to_string());
            Ok(true)
        })
    }

    fn cors(&self, req: &Request, resp: Response) -> Response {
        let origin = req.header("origin");
        let allowed = match (&self.site_origin, origin) {
            // Only the site's own pages may read the answers.
            (Some(site), Some(origin)) if origin == site => Some(origin),
            (Some(_), _) => None,
            // No site named (local development): whoever asks.
            (None, origin) => Some(origin.unwrap_or("*")),
        };
        let resp = resp.with_header("Vary", "Origin");
        match allowed {
            Some(origin) => resp
                .with_header("Access-Control-Allow-Origin", origin)
                .with_header("Access-Control-Allow-Methods", "POST, OPTIONS")
                .with_header("Access-Control-Allow-Headers", "Content-Type, Accept")
                .with_header("Access-Control-Max-Age", "600"),
            None => resp,
        }
    }

    /// A scripted step: `{"status": 422, "body": {...}}` (with `"location"`
    /// for a redirect), `{"hang_ms": 5000}` or `{"drop": true}`;
    /// `{"delay_ms": 800}` alone answers normally, late.
    fn scripted(&self, req: &Request, step: &Value) -> Reply {
        if step.get("drop").is_some() {
            return Reply::Drop;
        }
        if let Some(ms) = step.get("hang_ms").and_then(Value::as_u64) {
            return Reply::Hang(Duration::from_millis(ms));
        }
        let status = step.get("status").and_then(Value::as_u64).unwrap_or(200) as u16;
        let mut resp = match step.get("body") {
            Some(Value::String(text)) => {
                Response::new(status, "text/html; charset=utf-8", text.as_str())
            }
            Some(body) => Response::json(status, body),
            None => Response::new(status, "text/plain", ""),
        };
        if let Some(location) = step.get("location").and_then(Value::as_str) {
            resp = resp.with_header("Location", location);
        }
        Reply::Send(self.cors(req, resp))
    }
}

/// Reads the ids of lines appended since `read_up_to` (by this or any
/// process), as bytes: a line that is not JSON (or not UTF-8) is skipped and
/// reported, and never stops the store.
fn catch_up(file: &mut File, inner: &mut Inner) -> std::io::Result<()> {
    file.seek(SeekFrom::Start(inner.read_up_to))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    // Only whole lines: a line is complete once its newline is there.
    let complete = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    for line in bytes[..complete]
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
    {
        match serde_json::from_slice::<Value>(line) {
            Ok(Value::Object(fields)) => {
                inner.stored_ids.insert(submission_id(&fields));
            }
            _ => eprintln!("itpo-dev: skipped a line of the store that is not a submission"),
        }
    }
    inner.read_up_to += complete as u64;
    Ok(())
}

/// A last line without its newline can only be what a crash or a full disk
/// left half-written. It is moved to `<store>.torn` (and reported), so the
/// next submission starts a line of its own instead of being glued to it.
fn set_aside_torn_line(file: &mut File, out: &Path) -> std::io::Result<()> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(());
    }
    let mut last = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last)?;
    if last[0] == b'\n' {
        return Ok(());
    }
    // Where the torn line starts: after the last newline, read back in blocks.
    let mut start = len;
    let mut block = vec![0u8; 64 * 1024];
    while start > 0 {
        let from = start.saturating_sub(block.len() as u64);
        let chunk = &mut block[..(start - from) as usize];
        file.seek(SeekFrom::Start(from))?;
        file.read_exact(chunk)?;
        if let Some(i) = chunk.iter().rposition(|b| *b == b'\n') {
            start = from + i as u64 + 1;
            break;
        }
        start = from;
    }
    let mut torn = vec![0u8; (len - start) as usize];
    file.seek(SeekFrom::Start(start))?;
    file.read_exact(&mut torn)?;
    let mut aside_name = out.as_os_str().to_owned();
    aside_name.push(".torn");
    let mut aside = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&aside_name)?;
    torn.push(b'\n');
    aside.write_all(&torn)?;
    aside.sync_data()?;
    file.set_len(start)?;
    file.sync_data()?;
    eprintln!(
        "itpo-dev: the last line of {} was incomplete ({} bytes, left by a crash or a full disk); \
         it was moved to {}",
        out.display(),
        torn.len() - 1,
        Path::new(&aside_name).display()
    );
    Ok(())
}

/// An id for a plain send that came without one (no script ran in its page).
fn server_made_id() -> String {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("server-{nanos:x}-{n}")
}

/// The id as duplicates are judged, the same when received and when read
/// back from the file after a restart.
fn submission_id(fields: &Map<String, Value>) -> String {
    text(fields, SiteKey::SubmissionId.key()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::submission::tests::valid;

    #[test]
    fn duplicates_are_stored_once() {
        let dir = std::env::temp_dir().join(format!("itpo-endpoint-test-{}", std::process::id()));
        let out = dir.join("subs.jsonl");
        let _ = std::fs::remove_file(&out);
        let endpoint = Endpoint::open(out.clone(), false, None, "_gotcha".into());
        assert_eq!(endpoint.accept(valid(), false).status, 200);
        let again = endpoint.accept(valid(), false);
        assert!(String::from_utf8_lossy(&again.body).contains("duplicate"));
        assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1);
        // A restarted endpoint still knows the id.
        let reopened = Endpoint::open(out.clone(), false, None, "_gotcha".into());
        assert!(
            String::from_utf8_lossy(&reopened.accept(valid(), false).body).contains("duplicate")
        );
        // Ids are judged the same way before and after a restart: spaces around one do not
        // make it new.
        let mut spaced = valid();
        spaced.insert("submission_id".into(), json!("  id-2 "));
        assert_eq!(reopened.accept(spaced.clone(), false).status, 200);
        let again = Endpoint::open(out.clone(), false, None, "_gotcha".into());
        assert!(String::from_utf8_lossy(&again.accept(spaced, false).body).contains("duplicate"));
        // Another endpoint on the same file sees what this one stored since it started.
        let mut third = valid();
        third.insert("submission_id".into(), json!("id-3"));
        assert_eq!(again.accept(third.clone(), false).status, 200);
        assert!(String::from_utf8_lossy(&reopened.accept(third, false).body).contains("duplicate"));
        assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 3);
        let _ = std::fs::remove_dir_all(dir);
    }
}
