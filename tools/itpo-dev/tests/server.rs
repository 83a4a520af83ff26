//! The built `itpo-dev` binary over real sockets: what a deployer copying it
//! as an example, or a careless or hostile client, would run into.

use std::{
    io::{Read, Write},
    net::TcpStream,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

const BIN: &str = env!("CARGO_BIN_EXE_itpo-dev");

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(args: &[&str]) -> Server {
    let mut child = Command::new(BIN)
        .args(args)
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("itpo-dev starts");
    let mut out = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).contains('\n') {
        assert_eq!(out.read(&mut byte).unwrap(), 1, "itpo-dev said nothing");
        seen.push(byte[0]);
    }
    let line = String::from_utf8(seen).unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on http://")
        .expect("listening line")
        .to_string();
    Server { child, addr }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("itpo-dev-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Sends raw bytes and reads the whole answer (the server closes after one).
fn exchange(addr: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

fn post(addr: &str, path: &str, body: &str) -> String {
    exchange(
        addr,
        format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

fn submission(id: &str) -> String {
    format!(
        r#"{{"name":"Ana Lima","email":"ana@example.org","province":"ON","member_type":"new-img","consent_privacy":true,"submission_id":"{id}"}}"#
    )
}

fn stored_lines(file: &Path) -> Vec<String> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn help_prints_usage_and_succeeds() {
    let out = Command::new(BIN).arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("itpo-dev serve") && text.contains("--test-control"));
    let wrong = Command::new(BIN).arg("nonsense").output().unwrap();
    assert_eq!(wrong.status.code(), Some(2));
}

#[test]
fn test_routes_exist_only_when_asked_for() {
    let dir = temp_dir("control");
    let out = dir.join("subs.jsonl");
    let plain = start(&["endpoint", "--out", out.to_str().unwrap()]);
    for (method, path) in [
        ("POST", "/__control"),
        ("GET", "/__received"),
        ("POST", "/__reset"),
        ("GET", "/__stored"),
    ] {
        let answer = exchange(
            &plain.addr,
            format!("{method} {path} HTTP/1.1\r\nContent-Length: 2\r\n\r\n{{}}").as_bytes(),
        );
        assert!(answer.starts_with("HTTP/1.1 404"), "{path}: {answer}");
    }
    let testing = start(&["endpoint", "--out", out.to_str().unwrap(), "--test-control"]);
    assert!(
        exchange(&testing.addr, b"GET /__received HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 200")
    );
}

#[test]
fn an_oversized_body_is_refused_and_nothing_is_stored() {
    let dir = temp_dir("big");
    let out = dir.join("subs.jsonl");
    let server = start(&["endpoint", "--out", out.to_str().unwrap()]);
    // A valid submission padded to 1.5 MB: once it was cut to 1 MiB and stored.
    let padded = submission("big-1").replace(
        "\"name\":\"Ana Lima\"",
        &format!(
            "\"name\":\"Ana Lima\",\"message\":\"{}\"",
            "x".repeat(1_500_000)
        ),
    );
    let answer = post(&server.addr, "/join", &padded);
    assert!(
        answer.starts_with("HTTP/1.1 413"),
        "{}",
        &answer[..answer.len().min(200)]
    );
    assert!(stored_lines(&out).is_empty());
    // A normal one still goes through.
    assert!(post(&server.addr, "/join", &submission("ok-1")).starts_with("HTTP/1.1 200"));
    assert_eq!(stored_lines(&out).len(), 1);
}

#[test]
fn oversized_heads_and_chunked_bodies_are_refused() {
    let dir = temp_dir("head");
    let server = start(&["endpoint", "--out", dir.join("s.jsonl").to_str().unwrap()]);
    let huge_header = format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "y".repeat(20_000));
    assert!(exchange(&server.addr, huge_header.as_bytes()).starts_with("HTTP/1.1 431"));
    let many: String = (0..200).map(|i| format!("X-{i}: 1\r\n")).collect();
    let many = format!("GET / HTTP/1.1\r\n{many}\r\n");
    assert!(exchange(&server.addr, many.as_bytes()).starts_with("HTTP/1.1 431"));
    let chunked =
        "POST /join HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    assert!(exchange(&server.addr, chunked.as_bytes()).starts_with("HTTP/1.1 411"));
}

#[test]
fn a_slow_client_is_cut_off_and_open_connections_are_bounded() {
    let dir = temp_dir("slow");
    let server = start(&["endpoint", "--out", dir.join("s.jsonl").to_str().unwrap()]);
    // Hold the maximum number of connections open, each sending a byte now and then.
    let mut idle: Vec<TcpStream> = (0..128)
        .map(|_| {
            let mut s = TcpStream::connect(&server.addr).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\n").unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let answer = exchange(&server.addr, b"GET / HTTP/1.1\r\n\r\n");
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    // Drip-feeding never extends a connection past its deadline.
    let started = Instant::now();
    let first = &mut idle[0];
    first
        .set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    let mut buf = [0u8; 64];
    let closed = loop {
        assert!(started.elapsed() < Duration::from_secs(20), "never cut off");
        if first.write_all(b"X").is_err() {
            break true;
        }
        match first.read(&mut buf) {
            Ok(0) => break true,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => break true,
        }
    };
    assert!(closed && started.elapsed() < Duration::from_secs(15));
    drop(idle);
    // Once they are gone, the server answers again.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let answer = exchange(&server.addr, b"OPTIONS /join HTTP/1.1\r\n\r\n");
        if answer.starts_with("HTTP/1.1 204") {
            break;
        }
        assert!(Instant::now() < deadline, "still busy: {answer}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn two_endpoints_on_one_file_never_interleave_or_duplicate() {
    let dir = temp_dir("two");
    let out = dir.join("subs.jsonl");
    let a = start(&["endpoint", "--out", out.to_str().unwrap()]);
    let b = start(&["endpoint", "--out", out.to_str().unwrap()]);
    let threads: Vec<_> = (0..40)
        .map(|i| {
            let addr = if i % 2 == 0 {
                a.addr.clone()
            } else {
                b.addr.clone()
            };
            std::thread::spawn(move || {
                // Every id is sent to both endpoints; each is stored once.
                let id = format!("shared-{}", i / 2);
                post(&addr, "/join", &submission(&id))
            })
        })
        .collect();
    for t in threads {
        assert!(t.join().unwrap().starts_with("HTTP/1.1 200"));
    }
    let lines = stored_lines(&out);
    assert_eq!(lines.len(), 20, "{lines:?}");
    for line in &lines {
        serde_json::from_str::<serde_json::Value>(line).expect("a whole JSON line");
    }
}

#[test]
fn double_slashes_never_redirect_off_site_and_gzip_can_be_refused() {
    let dir = temp_dir("site");
    std::fs::create_dir_all(dir.join("join")).unwrap();
    std::fs::write(dir.join("join/index.html"), "<h1>join</h1>".repeat(100)).unwrap();
    let server = start(&["serve", "--dir", dir.to_str().unwrap(), "--gzip"]);
    let answer = exchange(&server.addr, b"GET //join HTTP/1.1\r\n\r\n");
    assert!(answer.starts_with("HTTP/1.1 301"), "{answer}");
    assert!(answer.contains("\r\nLocation: /join/\r\n"), "{answer}");
    let refused = exchange(
        &server.addr,
        b"GET /join/ HTTP/1.1\r\nAccept-Encoding: gzip;q=0, identity\r\n\r\n",
    );
    assert!(refused.starts_with("HTTP/1.1 200") && !refused.contains("Content-Encoding: gzip"));
    let wanted = exchange(
        &server.addr,
        b"GET /join/ HTTP/1.1\r\nAccept-Encoding: br, gzip\r\n\r\n",
    );
    assert!(wanted.contains("Content-Encoding: gzip"));
}

/// A plain HTML send (a browser's own form navigation), form-encoded.
fn plain_post(addr: &str, body: &str) -> String {
    exchange(
        addr,
        format!(
            "POST /join HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

const PLAIN_FIELDS: &str = "name=Ana+Lima&email=ana%40example.org&province=ON&member_type=new-img\
                            &consent_privacy=true&_gotcha=";

/// Every line of the store, each of which must be a whole submission.
fn stored_ids(file: &Path) -> Vec<String> {
    std::fs::read(file)
        .unwrap()
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_slice(l)
                .unwrap_or_else(|_| panic!("unreadable line {:?}", String::from_utf8_lossy(l)));
            v["submission_id"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn a_line_break_in_the_redirect_field_never_reaches_a_header() {
    let dir = temp_dir("crlf");
    let site = "http://127.0.0.1:4000";
    let server = start(&[
        "endpoint",
        "--out",
        dir.join("s.jsonl").to_str().unwrap(),
        "--site-origin",
        site,
    ]);
    for field in ["redirect", "_next"] {
        for (n, evil) in [
            "%0D%0ASet-Cookie%3A+owned%3D1",
            "%0ASet-Cookie%3A+owned%3D1",
        ]
        .iter()
        .enumerate()
        {
            let body = format!(
                "{PLAIN_FIELDS}&submission_id=crlf-{field}-{n}&{field}=http%3A%2F%2F127.0.0.1%3A4000%2Fjoin%2Fthanks%2F{evil}"
            );
            let answer = plain_post(&server.addr, &body);
            let head = answer.split("\r\n\r\n").next().unwrap();
            assert!(
                !head.to_ascii_lowercase().contains("set-cookie"),
                "{field}: {head}"
            );
            // Still received: the member sees the endpoint's own thank-you page.
            assert!(answer.starts_with("HTTP/1.1 200"), "{head}");
        }
    }
    // A clean one goes on to the site, with the right reason phrase.
    let answer = plain_post(
        &server.addr,
        &format!("{PLAIN_FIELDS}&submission_id=ok&redirect=http%3A%2F%2F127.0.0.1%3A4000%2Fjoin%2Fthanks%2F"),
    );
    assert!(answer.starts_with("HTTP/1.1 303 See Other\r\n"), "{answer}");
    assert!(answer.contains("\r\nLocation: http://127.0.0.1:4000/join/thanks/\r\n"));
}

fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn memory_stays_bounded_after_many_large_refused_posts() {
    let dir = temp_dir("memory");
    // With the test routes on, the worst case: requests are kept for /__received.
    let server = start(&[
        "endpoint",
        "--out",
        dir.join("s.jsonl").to_str().unwrap(),
        "--test-control",
    ]);
    // Refused (no name, no email…), just under the body limit.
    let body = format!("{{\"message\":\"{}\"}}", "x".repeat(1_000_000));
    for _ in 0..5 {
        assert!(post(&server.addr, "/join", &body).starts_with("HTTP/1.1 422"));
    }
    let before = resident_kib(server.child.id());
    for _ in 0..300 {
        assert!(post(&server.addr, "/join", &body).starts_with("HTTP/1.1 422"));
    }
    let grown = resident_kib(server.child.id()).saturating_sub(before);
    assert!(
        grown < 100 * 1024,
        "300 refused posts of 1 MB grew the endpoint by {} MiB",
        grown / 1024
    );
}

#[test]
fn a_torn_last_line_is_set_aside_never_glued_or_fatal() {
    let whole = submission("before-1") + "\n";
    let name_at = whole.find("Ana").unwrap();
    // A cut inside a multi-byte character (王 is three bytes), and a cut between ASCII bytes.
    let multi = "{\"name\":\"王".as_bytes();
    let multi = &multi[..multi.len() - 1];
    let ascii = &whole.as_bytes()[..name_at + 2];
    for (label, torn) in [("multibyte", multi), ("ascii", ascii)] {
        let dir = temp_dir(&format!("torn-{label}"));
        let out = dir.join("s.jsonl");
        let mut bytes = whole.clone().into_bytes();
        bytes.extend_from_slice(torn);
        std::fs::write(&out, &bytes).unwrap();
        let server = start(&["endpoint", "--out", out.to_str().unwrap()]);
        let answer = post(&server.addr, "/join", &submission("after-1"));
        assert!(answer.starts_with("HTTP/1.1 200"), "{label}: {answer}");
        // The one stored before the tear is still known.
        assert!(post(&server.addr, "/join", &submission("before-1")).contains("duplicate"));
        assert_eq!(stored_ids(&out), ["before-1", "after-1"], "{label}");
        let aside = std::fs::read(dir.join("s.jsonl.torn")).unwrap();
        assert_eq!(&aside[..aside.len() - 1], torn, "{label}");
        // And after a restart, all is as it was.
        drop(server);
        let again = start(&["endpoint", "--out", out.to_str().unwrap()]);
        assert!(post(&again.addr, "/join", &submission("after-2")).starts_with("HTTP/1.1 200"));
        assert_eq!(stored_ids(&out), ["before-1", "after-1", "after-2"]);
    }
}

#[test]
fn killed_in_the_middle_of_a_burst_every_acknowledged_submission_is_kept() {
    let dir = temp_dir("kill");
    let out = dir.join("s.jsonl");
    let mut server = start(&["endpoint", "--out", out.to_str().unwrap()]);
    let addr = server.addr.clone();
    let senders: Vec<_> = (0..4)
        .map(|t| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let mut acknowledged = Vec::new();
                for i in 0.. {
                    let id = format!("burst-{t}-{i}");
                    // Names of many multi-byte characters, so a cut is likely to fall inside one.
                    let body = submission(&id).replace("Ana Lima", &"王小明 ".repeat(40));
                    let Ok(mut stream) = TcpStream::connect(&addr) else {
                        break;
                    };
                    let request = format!(
                        "POST /join HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if stream.write_all(request.as_bytes()).is_err() {
                        break;
                    }
                    let mut answer = String::new();
                    let _ = stream.read_to_string(&mut answer);
                    if answer.starts_with("HTTP/1.1 200") && answer.contains(&id) {
                        acknowledged.push(id);
                    } else if answer.is_empty() {
                        break;
                    }
                }
                acknowledged
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(700));
    server.child.kill().unwrap(); // SIGKILL
    let _ = server.child.wait();
    let acknowledged: Vec<String> = senders
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert!(!acknowledged.is_empty(), "nothing was sent before the kill");
    let restarted = start(&["endpoint", "--out", out.to_str().unwrap()]);
    assert!(post(&restarted.addr, "/join", &submission("after-kill")).starts_with("HTTP/1.1 200"));
    let stored = stored_ids(&out);
    for id in &acknowledged {
        assert!(
            stored.contains(id),
            "{id} was acknowledged but is not readable"
        );
    }
    assert_eq!(stored.last().map(String::as_str), Some("after-kill"));
}

#[test]
fn slow_clients_on_one_address_leave_room_for_everyone_else() {
    use socket2::{Domain, Socket, Type};
    let dir = temp_dir("slowloris");
    let out = dir.join("s.jsonl");
    let server = start(&["endpoint", "--out", out.to_str().unwrap()]);
    let target: std::net::SocketAddr = server.addr.parse().unwrap();
    // 200 connections from another address (127.0.0.2), each sending a byte a second.
    let slow: Vec<TcpStream> = (0..200)
        .filter_map(|_| {
            let socket = Socket::new(Domain::IPV4, Type::STREAM, None).ok()?;
            socket
                .bind(
                    &"127.0.0.2:0"
                        .parse::<std::net::SocketAddr>()
                        .unwrap()
                        .into(),
                )
                .ok()?;
            socket.connect(&target.into()).ok()?;
            let mut stream: TcpStream = socket.into();
            stream.write_all(b"P").ok()?;
            Some(stream)
        })
        .collect();
    // (Those past the per-address limit are answered 503 and closed: they may refuse the byte.)
    assert!(
        slow.len() >= 150,
        "only {} slow connections opened",
        slow.len()
    );
    let dripping = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let drip = {
        let dripping = dripping.clone();
        std::thread::spawn(move || {
            let mut slow = slow;
            while dripping.load(std::sync::atomic::Ordering::SeqCst) {
                for s in &mut slow {
                    let _ = s.write_all(b"O");
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    // Meanwhile, 36 members send from their own address; each gets through.
    let refused: Vec<String> = (0..36)
        .filter_map(|i| {
            std::thread::sleep(Duration::from_millis(100));
            let answer = post(&server.addr, "/join", &submission(&format!("member-{i}")));
            (!answer.starts_with("HTTP/1.1 200"))
                .then(|| answer.lines().next().unwrap_or("").to_string())
        })
        .collect();
    dripping.store(false, std::sync::atomic::Ordering::SeqCst);
    drip.join().unwrap();
    assert!(
        refused.is_empty(),
        "{} of 36 refused: {refused:?}",
        refused.len()
    );
    assert_eq!(stored_ids(&out).len(), 36);
}

#[test]
fn one_content_length_of_digits_or_400() {
    let dir = temp_dir("length");
    let server = start(&["endpoint", "--out", dir.join("s.jsonl").to_str().unwrap()]);
    let body = submission("cl-1");
    for lengths in [
        format!("Content-Length: {}\r\nContent-Length: 5\r\n", body.len()),
        format!("Content-Length: {0}\r\nContent-Length: {0}\r\n", body.len()),
        format!("Content-Length: +{}\r\n", body.len()),
        format!("Content-Length: {} \r\nContent-Length: x\r\n", body.len()),
        "Content-Length: -1\r\n".to_string(),
    ] {
        let answer = exchange(
            &server.addr,
            format!("POST /join HTTP/1.1\r\nContent-Type: application/json\r\n{lengths}\r\n{body}")
                .as_bytes(),
        );
        assert!(answer.starts_with("HTTP/1.1 400"), "{lengths:?}: {answer}");
    }
    assert!(std::fs::read(dir.join("s.jsonl"))
        .unwrap_or_default()
        .is_empty());
}

#[test]
fn cors_answers_only_the_sites_origin_when_one_is_named() {
    let dir = temp_dir("cors");
    let out = dir.join("s.jsonl");
    let named = start(&[
        "endpoint",
        "--out",
        out.to_str().unwrap(),
        "--site-origin",
        "https://itpo.example",
    ]);
    let preflight = |addr: &str, origin: &str| {
        exchange(
            addr,
            format!("OPTIONS /join HTTP/1.1\r\nOrigin: {origin}\r\n\r\n").as_bytes(),
        )
    };
    let ours = preflight(&named.addr, "https://itpo.example");
    assert!(
        ours.contains("\r\nAccess-Control-Allow-Origin: https://itpo.example\r\n"),
        "{ours}"
    );
    let theirs = preflight(&named.addr, "https://evil.example");
    assert!(!theirs.contains("Access-Control-Allow-Origin"), "{theirs}");
    let open = start(&["endpoint", "--out", out.to_str().unwrap()]);
    assert!(preflight(&open.addr, "http://127.0.0.1:8080")
        .contains("\r\nAccess-Control-Allow-Origin: http://127.0.0.1:8080\r\n"));
}

#[test]
fn every_answer_to_a_plain_send_is_a_page_in_the_members_language() {
    let dir = temp_dir("pages");
    // The store is a folder: nothing can be written.
    let out = dir.join("store-is-a-folder");
    std::fs::create_dir_all(&out).unwrap();
    let server = start(&["endpoint", "--out", out.to_str().unwrap()]);
    let failed = plain_post(
        &server.addr,
        &format!("{PLAIN_FIELDS}&submission_id=p-1&locale=fr-CA"),
    );
    assert!(failed.starts_with("HTTP/1.1 500"), "{failed}");
    assert!(failed.contains("Content-Type: text/html") && failed.contains("lang=\"fr-CA\""));
    assert!(failed.contains("Précédent"), "{failed}");
    // A body the form never sends (its language unknown): a page in both languages, no empty list.
    let unreadable = exchange(
        &server.addr,
        b"POST /join HTTP/1.1\r\nAccept: text/html\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi",
    );
    assert!(unreadable.starts_with("HTTP/1.1 400") && unreadable.contains("text/html"));
    assert!(unreadable.contains("could not be received") && unreadable.contains("lang=\"fr-CA\""));
    assert!(!unreadable.contains("<ul></ul>"), "{unreadable}");
    // The honeypot filled in: refused and named, nothing stored.
    let bot = plain_post(
        &server.addr,
        &format!(
            "{}https%3A%2F%2Fspam.example&submission_id=b-1",
            PLAIN_FIELDS
        ),
    );
    assert!(
        bot.starts_with("HTTP/1.1 422") && bot.contains("<li>"),
        "{bot}"
    );
}
