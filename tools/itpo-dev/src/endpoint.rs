//! A real join endpoint for development and the browser tests. It answers
//! CORS preflights, validates, writes each accepted submission as one JSON
//! line, and drops repeated `submission_id`s, also across restarts and
//! across two processes writing one file. Started with `--test-control`
//! (the browser tests do), it also lets a test script its next answers
//! (`POST /__control`) to act out what form services and networks do: field
//! errors, server errors, `{"success": false}`, slow answers, hanging,
//! hanging up; without it those routes do not exist.

use std::{
    collections::{HashSet, VecDeque},
    fs::{File, OpenOptions},
    io::{Read, Seek, SeekFrom, Write},
    path::PathBuf,
    sync::Mutex,
    time::Duration,
};

use serde_json::{json, Map, Value};

use crate::{
    http::{Reply, Request, Response},
    plain,
    submission::{parse_body, text, validate},
};

pub struct Endpoint {
    out: PathBuf,
    /// Whether the test-only routes (`/__control` and the like) exist.
    test_control: bool,
    /// The site's origin: the only place a plain send is redirected to.
    site_origin: Option<String>,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    /// Answers to give instead of the normal behaviour, first come first used.
    script: VecDeque<Value>,
    /// Every POST received, for the tests to inspect.
    received: Vec<Value>,
    /// Ids stored in the file up to `read_up_to` bytes.
    stored_ids: HashSet<String>,
    read_up_to: u64,
}

impl Endpoint {
    pub fn open(out: PathBuf, test_control: bool, site_origin: Option<String>) -> Self {
        if let Some(dir) = out.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        Endpoint {
            out,
            test_control,
            site_origin,
            inner: Mutex::new(Inner::default()),
        }
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
                self.inner.lock().unwrap().script.extend(steps);
                Reply::Send(Response::json(200, &json!({"ok": true})))
            }
            ("POST", "/__reset") => {
                let mut inner = self.inner.lock().unwrap();
                inner.script.clear();
                inner.received.clear();
                Reply::Send(Response::json(200, &json!({"ok": true})))
            }
            ("GET", "/__received") => {
                let received = self.inner.lock().unwrap().received.clone();
                Reply::Send(Response::json(200, &Value::Array(received)))
            }
            ("GET", "/__stored") => {
                let lines = std::fs::read_to_string(&self.out).unwrap_or_default();
                let stored: Vec<Value> = lines
                    .lines()
                    .filter_map(|l| serde_json::from_str(l).ok())
                    .collect();
                Reply::Send(Response::json(200, &Value::Array(stored)))
            }
            ("OPTIONS", _) => Reply::Send(cors(req, Response::new(204, "text/plain", ""))),
            ("POST", _) => self.submission(req),
            _ => Reply::Send(cors(
                req,
                Response::json(405, &json!({"ok": false, "error": "Use POST."})),
            )),
        }
    }

    fn submission(&self, req: &Request) -> Reply {
        let content_type = req.header("content-type").unwrap_or("").to_string();
        let mut fields = parse_body(&content_type, &req.body);
        let plain = plain::is_plain(req.header("accept"));
        let step = {
            let mut inner = self.inner.lock().unwrap();
            inner.received.push(json!({
                "content_type": content_type,
                "accept": req.header("accept"),
                "origin": req.header("origin"),
                "fields": fields.clone().map(Value::Object).unwrap_or(Value::Null),
                "raw": String::from_utf8_lossy(&req.body),
            }));
            inner.script.pop_front()
        };
        // Without any script in the page, a plain send has no id: it gets one here.
        if let Some(fields) = fields
            .as_mut()
            .filter(|f| plain && text(f, "submission_id").is_empty())
        {
            fields.insert("submission_id".into(), Value::String(server_made_id()));
        }
        if let Some(step) = &step {
            if let Some(ms) = step.get("delay_ms").and_then(Value::as_u64) {
                std::thread::sleep(Duration::from_millis(ms));
            }
            if step.get("status").is_some()
                || step.get("hang_ms").is_some()
                || step.get("drop").is_some()
            {
                return scripted(req, step);
            }
        }
        let resp = match fields {
            None if plain => plain::rejected(400, None, &[]),
            None => Response::json(
                400,
                &json!({"ok": false, "error": "The body must be JSON or form-encoded."}),
            ),
            Some(fields) => self.accept(fields, plain),
        };
        Reply::Send(cors(req, resp))
    }

    /// Checks and stores one submission; `plain` answers a browser's own
    /// form navigation with HTML (`plain.rs`) instead of JSON.
    fn accept(&self, fields: Map<String, Value>, plain: bool) -> Response {
        let errors = validate(&fields);
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
        let mut inner = self.inner.lock().unwrap();
        match self.store(&mut inner, &id, &line) {
            // A repeated plain send lands where the first did: the member sees no difference.
            Ok(_) if plain => plain::accepted(&fields, self.site_origin.as_deref()),
            Ok(true) => Response::json(200, &json!({"ok": true, "submission_id": id})),
            Ok(false) => Response::json(200, &json!({"ok": true, "duplicate": true})),
            Err(e) => {
                eprintln!("cannot write {}: {e}", self.out.display());
                Response::json(
                    500,
                    &json!({"ok": false, "error": "The submission could not be stored."}),
                )
            }
        }
    }

    /// Appends `line` unless `id` is stored already; false for a duplicate.
    /// Holds an exclusive lock on the file throughout, first reading what
    /// other processes appended since last time, so two endpoints sharing a
    /// file neither interleave their lines nor store one id twice; the line
    /// goes out in one `write`.
    fn store(&self, inner: &mut Inner, id: &str, line: &str) -> std::io::Result<bool> {
        let mut file = OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&self.out)?;
        file.lock()?;
        let stored = (|| {
            catch_up(&mut file, inner)?;
            if inner.stored_ids.contains(id) {
                return Ok(false);
            }
            let written = file.write(line.as_bytes())?;
            if written != line.len() {
                return Err(std::io::Error::other("short write"));
            }
            inner.read_up_to += written as u64;
            inner.stored_ids.insert(id.to_string());
            Ok(true)
        })();
        let _ = file.unlock();
        stored
    }
}

/// Reads the ids of lines appended since `read_up_to` (by this or any process).
fn catch_up(file: &mut File, inner: &mut Inner) -> std::io::Result<()> {
    file.seek(SeekFrom::Start(inner.read_up_to))?;
    let mut text = String::new();
    file.read_to_string(&mut text)?;
    // Only whole lines: a line is complete once its newline is there.
    let complete = text.rfind('\n').map_or(0, |i| i + 1);
    for line in text[..complete].lines() {
        if let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(line) {
            inner.stored_ids.insert(submission_id(&fields));
        }
    }
    inner.read_up_to += complete as u64;
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
    text(fields, "submission_id").to_string()
}

/// A scripted step: `{"status": 422, "body": {...}}`, `{"hang_ms": 5000}`
/// or `{"drop": true}`; `{"delay_ms": 800}` alone answers normally, late.
fn scripted(req: &Request, step: &Value) -> Reply {
    if step.get("drop").is_some() {
        return Reply::Drop;
    }
    if let Some(ms) = step.get("hang_ms").and_then(Value::as_u64) {
        return Reply::Hang(Duration::from_millis(ms));
    }
    let status = step.get("status").and_then(Value::as_u64).unwrap_or(200) as u16;
    let resp = match step.get("body") {
        Some(Value::String(text)) => {
            Response::new(status, "text/html; charset=utf-8", text.as_str())
        }
        Some(body) => Response::json(status, body),
        None => Response::new(status, "text/plain", ""),
    };
    Reply::Send(cors(req, resp))
}

fn cors(req: &Request, resp: Response) -> Response {
    let origin = req.header("origin").unwrap_or("*").to_string();
    resp.with_header("Access-Control-Allow-Origin", &origin)
        .with_header("Access-Control-Allow-Methods", "POST, OPTIONS")
        .with_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        .with_header("Access-Control-Max-Age", "600")
        .with_header("Vary", "Origin")
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
        let endpoint = Endpoint::open(out.clone(), false, None);
        assert_eq!(endpoint.accept(valid(), false).status, 200);
        let again = endpoint.accept(valid(), false);
        assert!(String::from_utf8_lossy(&again.body).contains("duplicate"));
        assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 1);
        // A restarted endpoint still knows the id.
        let reopened = Endpoint::open(out.clone(), false, None);
        assert!(
            String::from_utf8_lossy(&reopened.accept(valid(), false).body).contains("duplicate")
        );
        // Ids are judged the same way before and after a restart: spaces around one do not
        // make it new.
        let mut spaced = valid();
        spaced.insert("submission_id".into(), json!("  id-2 "));
        assert_eq!(reopened.accept(spaced.clone(), false).status, 200);
        let again = Endpoint::open(out.clone(), false, None);
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
