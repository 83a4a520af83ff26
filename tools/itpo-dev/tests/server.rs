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
